package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The transport has {@code party}'s connection back within the grace period; the same session goes on. */
public record ConnectionRestoredCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String party,
    Instant at) {
}
