package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An invitation was opened. It carries no password and no verifier. */
@Revision("1")
public record InvitationCreatedEvent(
    InvitationId invitationId,
    String user,
    String computer,
    DeliveryChannel channel,
    Instant createdAt,
    Instant expiresAt) implements InvitationEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " invited a helper to " + computer + " by " + channel + ", valid until " + expiresAt;
    }
}
