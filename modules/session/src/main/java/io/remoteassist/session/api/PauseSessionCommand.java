package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User pauses the session: no frames and no input until resumed. Whether control was shared
 * (or requested) is kept, so resuming returns to it. {@code user} null stands for the session's own User.
 */
public record PauseSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    Instant at) {
}
