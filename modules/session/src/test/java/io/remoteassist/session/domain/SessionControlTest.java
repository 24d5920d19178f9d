package io.remoteassist.session.domain;

import io.remoteassist.session.api.AnswerControlRequestCommand;
import io.remoteassist.session.api.ControlGrantedEvent;
import io.remoteassist.session.api.ControlRequestDeclinedEvent;
import io.remoteassist.session.api.ControlRequestRefusedByPolicyEvent;
import io.remoteassist.session.api.ControlRequestedEvent;
import io.remoteassist.session.api.ControlRevokedEvent;
import io.remoteassist.session.api.PolicyVerdict;
import io.remoteassist.session.api.RequestControlCommand;
import io.remoteassist.session.api.RevokeControlCommand;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionState;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.remoteassist.session.domain.SessionFixtures.ALLOWED;
import static io.remoteassist.session.domain.SessionFixtures.CONTROL_GRANTED;
import static io.remoteassist.session.domain.SessionFixtures.CONTROL_REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.ID;
import static io.remoteassist.session.domain.SessionFixtures.PAUSED_IN_CONTROL;
import static io.remoteassist.session.domain.SessionFixtures.REQUESTED;
import static io.remoteassist.session.domain.SessionFixtures.WARNING;
import static io.remoteassist.session.domain.SessionFixtures.at;
import static io.remoteassist.session.domain.SessionFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

class SessionControlTest {

    private static final PolicyVerdict CONTROL_ALLOWED = PolicyVerdict.notConfigured();
    private static final PolicyVerdict VIEW_ONLY_POLICY = new PolicyVerdict(false,
        "Configure Offer Remote Assistance", "31B2F340-016D-11D2-945F-00C04FB984F9", "Helpdesk RA", null);

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture();
    }

    @Test
    void theHelperAsksForControlAndTheUserIsAskedWithThePolicyWarning() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new RequestControlCommand(ID, "bob", CONTROL_ALLOWED, WARNING, at(10)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.CONTROL_REQUESTED))
            .expectEvents(new ControlRequestedEvent(ID, "bob", "alice", WARNING, at(10)));
    }

    @Test
    void theControlPromptNamesTheHelper() {
        assertThat(CONTROL_REQUESTED.controlPrompt())
            .isEqualTo("bob would like to share control of your computer. Allow?");
    }

    @Test
    void aViewOnlyPolicyRefusesControlWithoutAskingTheUser() {
        String reason = "policy allows view only (Configure Offer Remote Assistance, Helpdesk RA)";
        fixture.given(REQUESTED, ALLOWED)
            .when(new RequestControlCommand(ID, "bob", VIEW_ONLY_POLICY, null, at(10)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.VIEW_ONLY, reason))
            .expectEvents(new ControlRequestRefusedByPolicyEvent(ID, "bob", "Configure Offer Remote Assistance",
                "31B2F340-016D-11D2-945F-00C04FB984F9", "Helpdesk RA", reason, at(10)));
    }

    @Test
    void controlCannotBeRequestedBeforeTheUserAllowsTheConnection() {
        fixture.given(REQUESTED)
            .when(new RequestControlCommand(ID, "bob", CONTROL_ALLOWED, null, at(2)))
            .expectEvents(refused("bob", "request-control", SessionState.AWAITING_CONSENT,
                "the session is awaiting_consent", at(2)));
    }

    @Test
    void onlyTheHelperMayRequestControl() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new RequestControlCommand(ID, "alice", CONTROL_ALLOWED, null, at(10)))
            .expectEvents(refused("alice", "request-control", SessionState.VIEW_ONLY,
                "only bob may request control", at(10)));
    }

    @Test
    void requestingControlWithoutAPolicyDecisionIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new RequestControlCommand(ID, "bob", null, null, at(10)))
            .expectEvents(refused("bob", "request-control", SessionState.VIEW_ONLY, "no policy decision was given",
                at(10)));
    }

    @Test
    void requestingControlWhileSharedIsRefused() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new RequestControlCommand(ID, "bob", CONTROL_ALLOWED, null, at(15)))
            .expectEvents(refused("bob", "request-control", SessionState.CONTROL_SHARED, "control is already shared",
                at(15)));
    }

    @Test
    void theUserSharesControlAndMayAllowElevationPrompts() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED)
            .when(new AnswerControlRequestCommand(ID, "alice", true, true, at(12)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.CONTROL_SHARED))
            .expectEvents(new ControlGrantedEvent(ID, "alice", "bob", true, at(12)));
    }

    @Test
    void theUserDecliningControlKeepsTheSessionViewOnly() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED)
            .when(new AnswerControlRequestCommand(ID, null, false, false, at(12)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ControlRequestDeclinedEvent(ID, "alice", "bob", at(12)));
    }

    @Test
    void theHelperCannotAnswerTheirOwnControlRequest() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED)
            .when(new AnswerControlRequestCommand(ID, "bob", true, true, at(12)))
            .expectEvents(refused("bob", "answer-control", SessionState.CONTROL_REQUESTED, "only alice may answer",
                at(12)));
    }

    @Test
    void answeringAControlRequestNobodyMadeIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new AnswerControlRequestCommand(ID, "alice", true, false, at(12)))
            .expectEvents(refused("alice", "answer-control", SessionState.VIEW_ONLY,
                "no control request is waiting for an answer", at(12)));
    }

    @Test
    void theEscKeyStopsControlAtOnce() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new RevokeControlCommand(ID, "alice", RevokeControlCommand.USER_ESCAPE, at(30)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ControlRevokedEvent(ID, "alice", "bob", "user-escape", at(30)));
    }

    @Test
    void stopSharingWithoutAReasonIsAUserStop() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new RevokeControlCommand(ID, null, null, at(30)))
            .expectEvents(new ControlRevokedEvent(ID, "alice", "bob", "user-stop", at(30)));
    }

    @Test
    void theHelperCannotStopControl() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new RevokeControlCommand(ID, "bob", RevokeControlCommand.USER_STOP, at(30)))
            .expectResultMessagePayload(SessionOutcome.refused(SessionState.CONTROL_SHARED,
                "only alice may stop control"))
            .expectEvents(refused("bob", "revoke-control", SessionState.CONTROL_SHARED, "only alice may stop control",
                at(30)));
    }

    @Test
    void aPolicyChangeTakesControlBackInTheSystemsName() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new RevokeControlCommand(ID, "system", "policy:view-only", at(30)))
            .expectEvents(new ControlRevokedEvent(ID, "system", "bob", "policy:view-only", at(30)));
    }

    @Test
    void stoppingControlThatIsNotSharedIsRefused() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED)
            .when(new RevokeControlCommand(ID, "alice", RevokeControlCommand.USER_ESCAPE, at(11)))
            .expectEvents(refused("alice", "revoke-control", SessionState.CONTROL_REQUESTED, "control is not shared",
                at(11)));
    }

    @Test
    void theUserMayStopControlWhilePaused() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED, PAUSED_IN_CONTROL)
            .when(new RevokeControlCommand(ID, "alice", RevokeControlCommand.USER_STOP, at(25)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.PAUSED))
            .expectEvents(new ControlRevokedEvent(ID, "alice", "bob", "user-stop", at(25)));
    }
}
