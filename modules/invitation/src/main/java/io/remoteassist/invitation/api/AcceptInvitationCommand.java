package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * A Helper proved the password: use the invitation for the session {@code sessionId}.
 * The handler answers with an {@link AcceptOutcome}; a closed invitation leaves a refusal event.
 */
public record AcceptInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String helper,
    UUID sessionId,
    Instant at) {
}
