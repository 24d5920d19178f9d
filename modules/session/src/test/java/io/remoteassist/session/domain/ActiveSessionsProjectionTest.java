package io.remoteassist.session.domain;

import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionSummary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveSessionsProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private final ActiveSessions sessions = new ActiveSessions();
    private final ActiveSessionsProjection projection = new ActiveSessionsProjection(sessions);
    private final SessionId first = SessionId.random();
    private final SessionId second = SessionId.random();

    @Test
    void aRequestedSessionHoldsItsUser() {
        projection.on(requested(first, "alice"));
        assertThat(sessions.activeSessionOf("alice")).contains(first);
    }

    @Test
    void aDeclinedSessionFreesItsUser() {
        projection.on(requested(first, "alice"));
        projection.on(new ConnectionDeclinedEvent(first, "alice", T0));
        assertThat(sessions.activeSessionOf("alice")).isEmpty();
    }

    @Test
    void anEndedSessionFreesItsUser() {
        projection.on(requested(first, "alice"));
        projection.on(ended(first));
        assertThat(sessions.activeSessionOf("alice")).isEmpty();
    }

    @Test
    void aRebuildForgetsStaleClaimsAndKeepsTheRunningSessions() {
        sessions.claim("zoe", SessionId.random());
        projection.rebuild(List.of(requested(first, "alice"), ended(first), requested(second, "alice"),
            "not a session event"));
        assertThat(sessions.activeSessionOf("alice")).contains(second);
        assertThat(sessions.activeSessionOf("zoe")).isEmpty();
    }

    private static SessionRequestedEvent requested(SessionId id, String user) {
        return new SessionRequestedEvent(id, user, user + "-pc", "bob", SessionMode.SOLICITED, null, null, T0);
    }

    private static SessionEndedEvent ended(SessionId id) {
        return new SessionEndedEvent(id, "bob", "done", Duration.ofSeconds(5), T0.plusSeconds(5),
            new SessionSummary(Duration.ofSeconds(5), Duration.ZERO, "bob", "done", 0, 0));
    }
}
