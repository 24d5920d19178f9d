package io.remoteassist.session.domain;

import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.HelperAlreadyConnectedEvent;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.session.api.SessionSummary;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.remoteassist.session.domain.SessionFixtures.ALLOWED;
import static io.remoteassist.session.domain.SessionFixtures.ID;
import static io.remoteassist.session.domain.SessionFixtures.INVITATION;
import static io.remoteassist.session.domain.SessionFixtures.REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.T0;
import static io.remoteassist.session.domain.SessionFixtures.WARNING;
import static io.remoteassist.session.domain.SessionFixtures.at;
import static io.remoteassist.session.domain.SessionFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

class AssistanceSessionTest {

    private final ActiveSessions activeSessions = new ActiveSessions();
    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture(activeSessions);
    }

    @Test
    void anAcceptedInvitationOpensASessionAwaitingConsent() {
        fixture.givenNoPriorActivity()
            .when(new RequestSessionCommand(ID, "alice", "alice-pc.example.test", "bob", SessionMode.SOLICITED,
                INVITATION, T0))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.AWAITING_CONSENT))
            .expectEvents(REQUESTED);
    }

    @Test
    void anOfferCarriesThePolicyWarningForTheConsentPrompt() {
        fixture.givenNoPriorActivity()
            .when(new RequestSessionCommand(ID, "alice", "alice-pc.example.test", "bob", SessionMode.OFFERED,
                null, WARNING, T0))
            .expectEvents(new SessionRequestedEvent(ID, "alice", "alice-pc.example.test", "bob", SessionMode.OFFERED,
                null, WARNING, T0));
    }

    @Test
    void theConsentPromptNamesTheHelper() {
        assertThat(REQUESTED.consentPrompt()).isEqualTo("bob wants to connect to your computer. Allow?");
    }

    @Test
    void requestingASessionClaimsTheUser() {
        fixture.givenNoPriorActivity()
            .when(new RequestSessionCommand(ID, "alice", "alice-pc.example.test", "bob", SessionMode.SOLICITED,
                INVITATION, T0))
            .expectSuccessfulHandlerExecution();
        assertThat(activeSessions.activeSessionOf("alice")).contains(ID);
    }

    @Test
    void aSecondHelperForABusyUserIsRefused() {
        SessionId first = SessionId.parse("00000000-0000-4000-8000-000000000001");
        activeSessions.claim("alice", first);
        fixture.givenNoPriorActivity()
            .when(new RequestSessionCommand(ID, "alice", "alice-pc.example.test", "carol", SessionMode.OFFERED,
                null, T0))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.REFUSED, "alice is already being helped"))
            .expectEvents(new HelperAlreadyConnectedEvent(ID, "alice", "alice-pc.example.test", "carol",
                SessionMode.OFFERED, null, first, T0));
        assertThat(activeSessions.activeSessionOf("alice")).contains(first);
    }

    @Test
    void aRefusedSessionAcceptsNoConsent() {
        fixture.given(new HelperAlreadyConnectedEvent(ID, "alice", "alice-pc.example.test", "carol",
                SessionMode.OFFERED, null, SessionId.random(), T0))
            .when(new AnswerConsentCommand(ID, "alice", true, at(3)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.REFUSED, "the session is refused"))
            .expectEvents(refused("alice", "consent", SessionState.REFUSED, "the session is refused", at(3)));
    }

    @Test
    void theUserAllowingTheConnectionMakesItViewOnly() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, "alice", true, at(3)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ConnectionAllowedEvent(ID, "alice", at(3)));
    }

    @Test
    void theUserDecliningTheConnectionClosesTheSession() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, null, false, at(3)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.DECLINED))
            .expectEvents(new ConnectionDeclinedEvent(ID, "alice", at(3)));
    }

    @Test
    void onlyTheSessionsUserMayAnswerTheConsentQuestion() {
        fixture.given(REQUESTED)
            .when(new AnswerConsentCommand(ID, "bob", true, at(3)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.AWAITING_CONSENT, "only alice may answer"))
            .expectEvents(refused("bob", "consent", SessionState.AWAITING_CONSENT, "only alice may answer", at(3)));
    }

    @Test
    void answeringTwiceIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new AnswerConsentCommand(ID, "alice", false, at(4)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.VIEW_ONLY, "the session is view_only"))
            .expectEvents(refused("alice", "consent", SessionState.VIEW_ONLY, "the session is view_only", at(4)));
    }

    @Test
    void eitherSideMayEndTheSession() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new EndSessionCommand(ID, "bob", "helper-disconnect", at(63)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.ENDED))
            .expectEvents(new SessionEndedEvent(ID, "bob", "helper-disconnect", Duration.ofSeconds(63), at(63),
                new SessionSummary(Duration.ofSeconds(63), Duration.ZERO, "bob", "helper-disconnect", 0, 0)));
    }

    @Test
    void aPolicyChangeEndsTheSessionInTheSystemsName() {
        String reason = EndSessionCommand.policy("offer-disabled");
        fixture.given(REQUESTED, ALLOWED)
            .when(new EndSessionCommand(ID, EndSessionCommand.SYSTEM, reason, at(30)))
            .expectEvents(new SessionEndedEvent(ID, "system", "policy:offer-disabled", Duration.ofSeconds(30), at(30),
                new SessionSummary(Duration.ofSeconds(30), Duration.ZERO, "system", reason, 0, 0)));
    }

    @Test
    void aRevokedInvitationEndsASessionStillAwaitingConsent() {
        fixture.given(REQUESTED)
            .when(new EndSessionCommand(ID, EndSessionCommand.SYSTEM, EndSessionCommand.INVITATION_REVOKED, at(8)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.ENDED))
            .expectEvents(new SessionEndedEvent(ID, "system", "invitation-revoked", Duration.ofSeconds(8), at(8),
                new SessionSummary(Duration.ofSeconds(8), Duration.ZERO, "system", "invitation-revoked", 0, 0)));
    }

    @Test
    void aStrangerCannotEndTheSession() {
        fixture.given(REQUESTED)
            .when(new EndSessionCommand(ID, "mallory", "end", at(5)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.AWAITING_CONSENT,
                "mallory is not in this session"))
            .expectEvents(refused("mallory", "end", SessionState.AWAITING_CONSENT, "mallory is not in this session",
                at(5)));
    }

    @Test
    void anEndedSessionCannotBeEndedAgain() {
        fixture.given(REQUESTED, new SessionEndedEvent(ID, "alice", "user", Duration.ofSeconds(5), at(5),
                new SessionSummary(Duration.ofSeconds(5), Duration.ZERO, "alice", "user", 0, 0)))
            .when(new EndSessionCommand(ID, "bob", "end", at(6)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.ENDED, "the session is already ended"))
            .expectEvents(refused("bob", "end", SessionState.ENDED, "the session is already ended", at(6)));
    }

    @Test
    void aDeclinedSessionAcceptsNoConsent() {
        fixture.given(REQUESTED, new ConnectionDeclinedEvent(ID, "alice", at(3)))
            .when(new AnswerConsentCommand(ID, "alice", true, at(4)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.DECLINED, "the session is declined"))
            .expectEvents(refused("alice", "consent", SessionState.DECLINED, "the session is declined", at(4)));
    }
}
