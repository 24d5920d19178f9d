package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User answers "Allow the Helper to connect?". {@code user} is the caller's identity when known; null stands
 * for the session's own User (callers that have already established who is asking).
 */
public record AnswerConsentCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    boolean allow,
    Instant at) {
}
