package io.remoteassist.session.domain;

import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ControlGrantedEvent;
import io.remoteassist.session.api.ControlRequestedEvent;
import io.remoteassist.session.api.SessionCommandRefusedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionPausedEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionState;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.UUID;

/** The session of alice (User) and bob (Helper) that the aggregate tests start from. */
final class SessionFixtures {

    static final SessionId ID = SessionId.parse("3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03");
    static final UUID INVITATION = UUID.fromString("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e01");
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final String WARNING = "Only connect with people you trust.";
    static final SessionRequestedEvent REQUESTED = new SessionRequestedEvent(ID, "alice",
        "alice-pc.example.test", "bob", SessionMode.SOLICITED, INVITATION, null, T0);
    static final ConnectionAllowedEvent ALLOWED = new ConnectionAllowedEvent(ID, "alice", at(3));
    static final ControlRequestedEvent CONTROL_REQUESTED = new ControlRequestedEvent(ID, "bob", "alice", null, at(10));
    static final ControlGrantedEvent CONTROL_GRANTED = new ControlGrantedEvent(ID, "alice", "bob", false, at(12));
    static final SessionPausedEvent PAUSED_IN_CONTROL =
        new SessionPausedEvent(ID, "alice", SessionState.CONTROL_SHARED, at(20));

    private SessionFixtures() {
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static AggregateTestFixture<AssistanceSession> fixture(ActiveSessions activeSessions) {
        AggregateTestFixture<AssistanceSession> fixture = new AggregateTestFixture<>(AssistanceSession.class);
        fixture.registerInjectableResource(activeSessions);
        return fixture;
    }

    static AggregateTestFixture<AssistanceSession> fixture() {
        return fixture(new ActiveSessions());
    }

    static SessionCommandRefusedEvent refused(String actor, String command, SessionState state, String reason,
                                              Instant at) {
        return new SessionCommandRefusedEvent(ID, actor, command, state, reason, at);
    }
}
