package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User's agent registers an invitation it made: metadata only, valid until {@code expiresAt}.
 *
 * @param agentKeyHash SHA-256 (base64) of the key the agent presents to answer Helpers on the relay
 */
public record CreateInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String user,
    String computer,
    DeliveryChannel channel,
    Instant createdAt,
    Instant expiresAt,
    String agentKeyHash) {
}
