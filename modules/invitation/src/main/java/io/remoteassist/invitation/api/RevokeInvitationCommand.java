package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User withdraws an open invitation.
 *
 * @param reason why, e.g. {@code agent closed}; null when the User gave none
 */
public record RevokeInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String actor,
    String reason,
    Instant at) {
}
