package io.remoteassist.session.domain;

import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionCommandRefusedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionState;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

class AssistanceSessionTest {

    private static final SessionId ID = SessionId.parse("3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03");
    private static final UUID INVITATION = UUID.fromString("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e01");
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final SessionRequestedEvent REQUESTED = new SessionRequestedEvent(ID, "alice",
        "alice-pc.example.test", "bob", SessionMode.SOLICITED, INVITATION, T0);

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssistanceSession.class);
    }

    @Test
    void anAcceptedInvitationOpensASessionAwaitingConsent() {
        fixture.givenNoPriorActivity()
            .when(new RequestSessionCommand(ID, "alice", "alice-pc.example.test", "bob", SessionMode.SOLICITED,
                INVITATION, T0))
            .expectEvents(REQUESTED);
    }

    @Test
    void theUserAllowingTheConnectionMakesItViewOnly() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, "alice", true, T0.plusSeconds(3)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ConnectionAllowedEvent(ID, "alice", T0.plusSeconds(3)));
    }

    @Test
    void theUserDecliningTheConnectionClosesTheSession() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, null, false, T0.plusSeconds(3)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.DECLINED))
            .expectEvents(new ConnectionDeclinedEvent(ID, "alice", T0.plusSeconds(3)));
    }

    @Test
    void onlyTheSessionsUserMayAnswerTheConsentQuestion() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, "bob", true, T0.plusSeconds(3)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.AWAITING_CONSENT, "only alice may answer"))
            .expectEvents(new SessionCommandRefusedEvent(ID, "bob", "consent", SessionState.AWAITING_CONSENT,
                "only alice may answer", T0.plusSeconds(3)));
    }

    @Test
    void answeringTwiceIsRefused() {
        fixture.given(REQUESTED, new ConnectionAllowedEvent(ID, "alice", T0.plusSeconds(3)))
            .when(new AnswerConsentCommand(ID, "alice", false, T0.plusSeconds(4)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.VIEW_ONLY, "the session is view_only"))
            .expectEvents(new SessionCommandRefusedEvent(ID, "alice", "consent", SessionState.VIEW_ONLY,
                "the session is view_only", T0.plusSeconds(4)));
    }

    @Test
    void eitherSideMayEndTheSession() {
        fixture.given(REQUESTED, new ConnectionAllowedEvent(ID, "alice", T0.plusSeconds(3)))
            .when(new EndSessionCommand(ID, "bob", "helper-disconnect", T0.plusSeconds(63)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.ENDED))
            .expectEvents(new SessionEndedEvent(ID, "bob", "helper-disconnect", Duration.ofSeconds(63),
                T0.plusSeconds(63)));
    }

    @Test
    void aStrangerCannotEndTheSession() {
        fixture.given(REQUESTED)
            .when(new EndSessionCommand(ID, "mallory", "end", T0.plusSeconds(5)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.AWAITING_CONSENT,
                "mallory is not in this session"))
            .expectEvents(new SessionCommandRefusedEvent(ID, "mallory", "end", SessionState.AWAITING_CONSENT,
                "mallory is not in this session", T0.plusSeconds(5)));
    }

    @Test
    void anEndedSessionCannotBeEndedAgain() {
        fixture.given(REQUESTED, new SessionEndedEvent(ID, "alice", "user", Duration.ofSeconds(5), T0.plusSeconds(5)))
            .when(new EndSessionCommand(ID, "bob", "end", T0.plusSeconds(6)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.ENDED, "the session is already ended"))
            .expectEvents(new SessionCommandRefusedEvent(ID, "bob", "end", SessionState.ENDED,
                "the session is already ended", T0.plusSeconds(6)));
    }

    @Test
    void aDeclinedSessionAcceptsNoConsent() {
        fixture.given(REQUESTED, new ConnectionDeclinedEvent(ID, "alice", T0.plusSeconds(3)))
            .when(new AnswerConsentCommand(ID, "alice", true, T0.plusSeconds(4)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.DECLINED, "the session is declined"))
            .expectEvents(new SessionCommandRefusedEvent(ID, "alice", "consent", SessionState.DECLINED,
                "the session is declined", T0.plusSeconds(4)));
    }
}
