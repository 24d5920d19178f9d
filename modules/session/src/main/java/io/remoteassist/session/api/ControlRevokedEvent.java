package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Control is no longer shared: the session is view only again (or stays paused, resuming view only).
 * {@code reason} is {@code user-escape}, {@code user-stop} or a system reason such as {@code policy:view-only}.
 */
@Revision("1")
public record ControlRevokedEvent(
    SessionId sessionId,
    String actor,
    String helper,
    String reason,
    Instant at) implements SessionEvent {

    @Override
    public String summary() {
        return actor + " stopped sharing control with " + helper + " (" + reason + ")";
    }
}
