package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User allowed the connection: the session is connected, view only. */
@Revision("1")
public record ConnectionAllowedEvent(
    SessionId sessionId,
    String user,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " allowed the connection (view only)";
    }
}
