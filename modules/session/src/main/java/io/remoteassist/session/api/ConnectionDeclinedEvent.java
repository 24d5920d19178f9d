package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User refused the connection. */
@Revision("1")
public record ConnectionDeclinedEvent(
    SessionId sessionId,
    String user,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " declined the connection";
    }
}
