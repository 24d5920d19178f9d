package io.remoteassist.session.domain;

import io.remoteassist.session.api.ConnectionLostCommand;
import io.remoteassist.session.api.ConnectionLostEvent;
import io.remoteassist.session.api.ConnectionRestoredCommand;
import io.remoteassist.session.api.ConnectionRestoredEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.ExpireConnectionGraceCommand;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.session.api.SessionSummary;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.remoteassist.session.domain.SessionFixtures.ALLOWED;
import static io.remoteassist.session.domain.SessionFixtures.ID;
import static io.remoteassist.session.domain.SessionFixtures.REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.at;
import static io.remoteassist.session.domain.SessionFixtures.refused;

class SessionConnectionTest {

    private static final Duration GRACE = ConnectionLostCommand.DEFAULT_GRACE;
    private static final ConnectionLostCommand BOB_LOST = new ConnectionLostCommand(ID, "bob", at(30));

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture();
    }

    @Test
    void aLostConnectionStartsTheGracePeriod() {
        fixture.given(REQUESTED, ALLOWED)
            .when(BOB_LOST)
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ConnectionLostEvent(ID, "bob", at(30).plus(GRACE), at(30)));
    }

    @Test
    void theCallerConfiguresTheGracePeriod() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new ConnectionLostCommand(ID, "alice", Duration.ofSeconds(15), at(30)))
            .expectEvents(new ConnectionLostEvent(ID, "alice", at(45), at(30)));
    }

    @Test
    void aConnectionThatDoesNotComeBackEndsTheSession() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST)
            .when(new ExpireConnectionGraceCommand(ID, at(90), at(91)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.ENDED))
            .expectEvents(new SessionEndedEvent(ID, "system", "connection-lost", Duration.ofSeconds(90), at(90),
                new SessionSummary(Duration.ofSeconds(90), Duration.ZERO, "system", "connection-lost", 0, 0)));
    }

    @Test
    void aConnectionBackWithinTheGracePeriodKeepsTheSession() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST)
            .when(new ConnectionRestoredCommand(ID, "bob", at(50)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ConnectionRestoredEvent(ID, "bob", Duration.ofSeconds(20), at(50)));
    }

    @Test
    void theGracePeriodRunsOnWhileTheOtherSideIsStillAway() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST, new ConnectionLostCommand(ID, "alice", at(40)),
                new ConnectionRestoredCommand(ID, "bob", at(50)))
            .when(new ExpireConnectionGraceCommand(ID, at(90), at(90)))
            .expectEvents(new SessionEndedEvent(ID, "system", "connection-lost", Duration.ofSeconds(90), at(90),
                new SessionSummary(Duration.ofSeconds(90), Duration.ZERO, "system", "connection-lost", 0, 0)));
    }

    @Test
    void aSecondLossDoesNotExtendTheGracePeriod() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST)
            .when(new ConnectionLostCommand(ID, "alice", at(40)))
            .expectEvents(new ConnectionLostEvent(ID, "alice", at(90), at(40)));
    }

    @Test
    void theSameLossReportedTwiceIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST)
            .when(new ConnectionLostCommand(ID, "bob", at(31)))
            .expectEvents(refused("bob", "connection-lost", SessionState.VIEW_ONLY,
                "the connection to bob is already lost", at(31)));
    }

    @Test
    void restoringAConnectionThatWasNotLostIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new ConnectionRestoredCommand(ID, "bob", at(31)))
            .expectEvents(refused("bob", "connection-restored", SessionState.VIEW_ONLY,
                "the connection to bob is not lost", at(31)));
    }

    @Test
    void onlyAParticipantsConnectionCanBeLost() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new ConnectionLostCommand(ID, "mallory", at(31)))
            .expectEvents(refused("mallory", "connection-lost", SessionState.VIEW_ONLY,
                "mallory is not in this session", at(31)));
    }

    @Test
    void aConnectionBackAfterTheSessionEndedIsRefused() {
        fixture.given(REQUESTED, ALLOWED, new ConnectionLostEvent(ID, "bob", at(90), at(30)),
                new SessionEndedEvent(ID, "system", "connection-lost", Duration.ofSeconds(90), at(90),
                    new SessionSummary(Duration.ofSeconds(90), Duration.ZERO, "system", "connection-lost", 0, 0)))
            .when(new ConnectionRestoredCommand(ID, "bob", at(95)))
            .expectEvents(refused("bob", "connection-restored", SessionState.ENDED,
                "the session is already ended", at(95)));
    }

    @Test
    void endingTheSessionCancelsTheGracePeriod() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST)
            .when(new EndSessionCommand(ID, "alice", "user", at(40)))
            .expectEvents(new SessionEndedEvent(ID, "alice", "user", Duration.ofSeconds(40), at(40),
                new SessionSummary(Duration.ofSeconds(40), Duration.ZERO, "alice", "user", 0, 0)));
    }

    @Test
    void aGraceDeadlineAfterTheEndChangesNothing() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST, new EndSessionCommand(ID, "alice", "user", at(40)))
            .when(new ExpireConnectionGraceCommand(ID, at(90), at(90)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.ENDED, "the grace deadline is stale"))
            .expectNoEvents();
    }

    @Test
    void aStaleGraceDeadlineChangesNothing() {
        fixture.given(REQUESTED, ALLOWED)
            .andGivenCommands(BOB_LOST, new ConnectionRestoredCommand(ID, "bob", at(50)),
                new ConnectionLostCommand(ID, "bob", at(70)))
            .when(new ExpireConnectionGraceCommand(ID, at(90), at(90)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.VIEW_ONLY, "the grace deadline is stale"))
            .expectNoEvents();
    }

    @Test
    void aLostConnectionWhileAwaitingConsentAlsoEndsTheSession() {
        fixture.given(REQUESTED)
            .andGivenCommands(new ConnectionLostCommand(ID, "bob", Duration.ofSeconds(10), at(5)))
            .when(new ExpireConnectionGraceCommand(ID, at(15), at(16)))
            .expectEvents(new SessionEndedEvent(ID, "system", "connection-lost", Duration.ofSeconds(15), at(15),
                new SessionSummary(Duration.ofSeconds(15), Duration.ZERO, "system", "connection-lost", 0, 0)));
    }
}
