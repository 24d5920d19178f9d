package io.remoteassist.session.domain;

import io.remoteassist.session.api.BytesTransferredEvent;
import io.remoteassist.session.api.ControlRevokedEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.RecordBytesTransferredCommand;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionResumedEvent;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.session.api.SessionSummary;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.remoteassist.session.domain.SessionFixtures.ALLOWED;
import static io.remoteassist.session.domain.SessionFixtures.CONTROL_GRANTED;
import static io.remoteassist.session.domain.SessionFixtures.CONTROL_REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.ID;
import static io.remoteassist.session.domain.SessionFixtures.PAUSED_IN_CONTROL;
import static io.remoteassist.session.domain.SessionFixtures.REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.at;
import static io.remoteassist.session.domain.SessionFixtures.refused;

class SessionSummaryTest {

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture();
    }

    @Test
    void transferredBytesAddUp() {
        fixture.given(REQUESTED, ALLOWED, new BytesTransferredEvent(ID, 1000, 10, 1000, 10, at(10)))
            .when(new RecordBytesTransferredCommand(ID, 500, 5, at(20)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new BytesTransferredEvent(ID, 500, 5, 1500, 15, at(20)));
    }

    @Test
    void aReportOfNothingLeavesNoEvent() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new RecordBytesTransferredCommand(ID, 0, 0, at(20)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectNoEvents();
    }

    @Test
    void negativeByteCountsAreRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new RecordBytesTransferredCommand(ID, -1, 0, at(20)))
            .expectEvents(refused("system", "record-bytes", SessionState.VIEW_ONLY, "byte counts must not be negative",
                at(20)));
    }

    @Test
    void bytesReportedAfterTheEndAreRefused() {
        fixture.given(REQUESTED, ALLOWED, new SessionEndedEvent(ID, "bob", "done", Duration.ofSeconds(30), at(30),
                new SessionSummary(Duration.ofSeconds(30), Duration.ZERO, "bob", "done", 0, 0)))
            .when(new RecordBytesTransferredCommand(ID, 10, 0, at(31)))
            .expectEvents(refused("system", "record-bytes", SessionState.ENDED, "the session is already ended",
                at(31)));
    }

    @Test
    void theSummaryCountsTimeInControlUpToTheEnd() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED,
                new BytesTransferredEvent(ID, 2048, 64, 2048, 64, at(50)))
            .when(new EndSessionCommand(ID, "alice", "done", at(72)))
            .expectEvents(new SessionEndedEvent(ID, "alice", "done", Duration.ofSeconds(72), at(72),
                new SessionSummary(Duration.ofSeconds(72), Duration.ofSeconds(60), "alice", "done", 2048, 64)));
    }

    @Test
    void theSummaryLeavesOutTimePausedAndTimeAfterControlStopped() {
        // control 12..20, paused 20..40, control again 40..50, view only 50..100
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED, PAUSED_IN_CONTROL,
                new SessionResumedEvent(ID, "alice", SessionState.CONTROL_SHARED, at(40)),
                new ControlRevokedEvent(ID, "alice", "bob", "user-escape", at(50)))
            .when(new EndSessionCommand(ID, "bob", "fixed", at(100)))
            .expectEvents(new SessionEndedEvent(ID, "bob", "fixed", Duration.ofSeconds(100), at(100),
                new SessionSummary(Duration.ofSeconds(100), Duration.ofSeconds(18), "bob", "fixed", 0, 0)));
    }
}
