package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A session command was refused; {@code command} names it and {@code reason} says why. */
@Revision("1")
public record SessionCommandRefusedEvent(
    SessionId sessionId,
    String actor,
    String command,
    SessionState state,
    String reason,
    Instant at) implements SessionEvent {

    @Override
    public String summary() {
        return actor + " was refused " + command + ": " + reason;
    }
}
