package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User answers "Allow the Helper to share control?". {@code allowElevationPrompts} lets the
 * Helper respond to elevation (UAC) prompts; it only counts when {@code allow} is true. {@code user}
 * is the caller's identity when known; null stands for the session's own User.
 */
public record AnswerControlRequestCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    boolean allow,
    boolean allowElevationPrompts,
    Instant at) {
}
