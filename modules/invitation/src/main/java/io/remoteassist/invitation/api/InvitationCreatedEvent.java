package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The User's agent registered an invitation. It carries no password and no verifier: the agent keeps those. The
 * {@code agentKeyHash} (SHA-256 of a random key the agent was given) lets only that agent answer Helpers on the
 * relay; null in events recorded before invitations were made by the agent.
 */
@Revision("2")
public record InvitationCreatedEvent(
    InvitationId invitationId,
    String user,
    String computer,
    DeliveryChannel channel,
    Instant createdAt,
    Instant expiresAt,
    String agentKeyHash) implements InvitationEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " invited a helper to " + computer + " by " + channel + ", valid until " + expiresAt;
    }
}
