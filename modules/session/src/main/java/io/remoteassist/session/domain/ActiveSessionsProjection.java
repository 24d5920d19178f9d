package io.remoteassist.session.domain;

import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionRequestedEvent;

/**
 * Folds session events into {@link ActiveSessions}: a requested session holds its User until the
 * User declines or the session ends. Free of Axon, so the same logic keeps the registry current as
 * events happen and rebuilds it from the event store on start. Events of other types are ignored.
 */
public final class ActiveSessionsProjection {

    private final ActiveSessions sessions;

    public ActiveSessionsProjection(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    /** Applies one event (any payload; only session events matter). */
    public void on(Object event) {
        if (event instanceof SessionRequestedEvent e) {
            // already claimed when the command ran; claiming again is a no-op, and restores the claim on a rebuild
            sessions.claim(e.user(), e.sessionId());
        } else if (event instanceof ConnectionDeclinedEvent e) {
            sessions.release(e.sessionId());
        } else if (event instanceof SessionEndedEvent e) {
            sessions.release(e.sessionId());
        }
    }

    /** Forgets every claim, before the events are applied again from the first. */
    public void reset() {
        sessions.clear();
    }

    /** Forgets every claim, then applies {@code events} in order. */
    public void rebuild(Iterable<?> events) {
        reset();
        for (Object event : events) {
            on(event);
        }
    }
}
