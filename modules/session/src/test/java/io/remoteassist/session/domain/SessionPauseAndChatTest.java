package io.remoteassist.session.domain;

import io.remoteassist.session.api.ChatMessageSentEvent;
import io.remoteassist.session.api.ControlRevokedEvent;
import io.remoteassist.session.api.PauseSessionCommand;
import io.remoteassist.session.api.PolicyVerdict;
import io.remoteassist.session.api.RequestControlCommand;
import io.remoteassist.session.api.ResumeSessionCommand;
import io.remoteassist.session.api.SendChatMessageCommand;
import io.remoteassist.session.api.SessionOutcome;
import io.remoteassist.session.api.SessionPausedEvent;
import io.remoteassist.session.api.SessionResumedEvent;
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
import static io.remoteassist.session.domain.SessionFixtures.at;
import static io.remoteassist.session.domain.SessionFixtures.refused;

class SessionPauseAndChatTest {

    private static final String TOO_LONG = "a chat message must hold 1 to 4000 characters";

    private AggregateTestFixture<AssistanceSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = SessionFixtures.fixture();
    }

    @Test
    void theUserPausesTheScreen() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new PauseSessionCommand(ID, "alice", at(20)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.PAUSED))
            .expectEvents(new SessionPausedEvent(ID, "alice", SessionState.VIEW_ONLY, at(20)));
    }

    @Test
    void pausingRemembersThatControlWasShared() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED)
            .when(new PauseSessionCommand(ID, null, at(20)))
            .expectEvents(PAUSED_IN_CONTROL);
    }

    @Test
    void resumingReturnsToSharedControl() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED, PAUSED_IN_CONTROL)
            .when(new ResumeSessionCommand(ID, "alice", at(40)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.CONTROL_SHARED))
            .expectEvents(new SessionResumedEvent(ID, "alice", SessionState.CONTROL_SHARED, at(40)));
    }

    @Test
    void resumingAfterControlWasStoppedWhilePausedReturnsToViewOnly() {
        fixture.given(REQUESTED, ALLOWED, CONTROL_REQUESTED, CONTROL_GRANTED, PAUSED_IN_CONTROL,
                new ControlRevokedEvent(ID, "alice", "bob", "user-stop", at(25)))
            .when(new ResumeSessionCommand(ID, "alice", at(40)))
            .expectEvents(new SessionResumedEvent(ID, "alice", SessionState.VIEW_ONLY, at(40)));
    }

    @Test
    void theHelperCannotPauseTheSession() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new PauseSessionCommand(ID, "bob", at(20)))
            .expectEvents(refused("bob", "pause", SessionState.VIEW_ONLY, "only alice may pause", at(20)));
    }

    @Test
    void theHelperCannotResumeTheSession() {
        fixture.given(REQUESTED, ALLOWED, new SessionPausedEvent(ID, "alice", SessionState.VIEW_ONLY, at(20)))
            .when(new ResumeSessionCommand(ID, "bob", at(30)))
            .expectEvents(refused("bob", "resume", SessionState.PAUSED, "only alice may resume", at(30)));
    }

    @Test
    void pausingTwiceIsRefused() {
        fixture.given(REQUESTED, ALLOWED, new SessionPausedEvent(ID, "alice", SessionState.VIEW_ONLY, at(20)))
            .when(new PauseSessionCommand(ID, "alice", at(21)))
            .expectEvents(refused("alice", "pause", SessionState.PAUSED, "the session is paused", at(21)));
    }

    @Test
    void pausingBeforeTheConnectionIsAllowedIsRefused() {
        fixture.given(REQUESTED)
            .when(new PauseSessionCommand(ID, "alice", at(2)))
            .expectEvents(refused("alice", "pause", SessionState.AWAITING_CONSENT, "the session is awaiting_consent",
                at(2)));
    }

    @Test
    void resumingASessionThatIsNotPausedIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new ResumeSessionCommand(ID, "alice", at(20)))
            .expectEvents(refused("alice", "resume", SessionState.VIEW_ONLY, "the session is not paused", at(20)));
    }

    @Test
    void controlCannotBeRequestedWhilePaused() {
        fixture.given(REQUESTED, ALLOWED, new SessionPausedEvent(ID, "alice", SessionState.VIEW_ONLY, at(20)))
            .when(new RequestControlCommand(ID, "bob", PolicyVerdict.notConfigured(), null, at(21)))
            .expectEvents(refused("bob", "request-control", SessionState.PAUSED, "the session is paused", at(21)));
    }

    @Test
    void theHelperChatsWithTheUserAndTheTextIsTrimmed() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new SendChatMessageCommand(ID, "bob", "  Can you open Settings?\n", at(15)))
            .expectResultMessagePayload(SessionOutcome.accepted(SessionState.VIEW_ONLY))
            .expectEvents(new ChatMessageSentEvent(ID, "bob", "alice", "Can you open Settings?", at(15)));
    }

    @Test
    void theUserChatsWhilePaused() {
        fixture.given(REQUESTED, ALLOWED, new SessionPausedEvent(ID, "alice", SessionState.VIEW_ONLY, at(20)))
            .when(new SendChatMessageCommand(ID, "alice", "one moment", at(21)))
            .expectEvents(new ChatMessageSentEvent(ID, "alice", "bob", "one moment", at(21)));
    }

    @Test
    void aStrangerCannotChat() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new SendChatMessageCommand(ID, "mallory", "hello", at(15)))
            .expectEvents(refused("mallory", "chat", SessionState.VIEW_ONLY, "mallory is not in this session",
                at(15)));
    }

    @Test
    void anEmptyChatMessageIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new SendChatMessageCommand(ID, "bob", " \t\n ", at(15)))
            .expectEvents(refused("bob", "chat", SessionState.VIEW_ONLY, TOO_LONG, at(15)));
    }

    @Test
    void aChatMessageOfFourThousandCharactersIsAccepted() {
        String text = "x".repeat(4000);
        fixture.given(REQUESTED, ALLOWED)
            .when(new SendChatMessageCommand(ID, "bob", text, at(15)))
            .expectEvents(new ChatMessageSentEvent(ID, "bob", "alice", text, at(15)));
    }

    @Test
    void aChatMessageOverFourThousandCharactersIsRefused() {
        fixture.given(REQUESTED, ALLOWED)
            .when(new SendChatMessageCommand(ID, "bob", "x".repeat(4001), at(15)))
            .expectEvents(refused("bob", "chat", SessionState.VIEW_ONLY, TOO_LONG, at(15)));
    }

    @Test
    void chatBeforeTheConnectionIsAllowedIsRefused() {
        fixture.given(REQUESTED)
            .when(new SendChatMessageCommand(ID, "bob", "hello?", at(2)))
            .expectEvents(refused("bob", "chat", SessionState.AWAITING_CONSENT, "the session is awaiting_consent",
                at(2)));
    }
}
