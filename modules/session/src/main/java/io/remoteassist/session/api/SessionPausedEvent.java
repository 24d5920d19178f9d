package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User paused the session; {@code resumesTo} is the state a resume returns to. */
@Revision("1")
public record SessionPausedEvent(
    SessionId sessionId,
    String user,
    SessionState resumesTo,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " paused the session";
    }
}
