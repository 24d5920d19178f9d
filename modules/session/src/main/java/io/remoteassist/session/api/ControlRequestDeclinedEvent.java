package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User declined the Helper's control request; the session stays view only. */
@Revision("1")
public record ControlRequestDeclinedEvent(
    SessionId sessionId,
    String user,
    String helper,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " declined to share control with " + helper;
    }
}
