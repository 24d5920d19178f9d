package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Either side ends the session. */
public record EndSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String actor,
    String reason,
    Instant at) {
}
