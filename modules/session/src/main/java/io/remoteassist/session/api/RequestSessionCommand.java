package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Opens a session in which {@code helper} waits for {@code user} to allow the connection. */
public record RequestSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    String computer,
    String helper,
    SessionMode mode,
    UUID invitationId,
    Instant at) {
}
