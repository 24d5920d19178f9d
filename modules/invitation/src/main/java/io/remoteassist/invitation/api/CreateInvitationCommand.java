package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The User asks for help: opens an invitation valid until {@code expiresAt}. */
public record CreateInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String user,
    String computer,
    DeliveryChannel channel,
    Instant createdAt,
    Instant expiresAt) {
}
