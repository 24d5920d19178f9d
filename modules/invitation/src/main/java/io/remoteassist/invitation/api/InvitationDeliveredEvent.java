package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The invitation went out through {@code channel} to {@code target}. */
@Revision("1")
public record InvitationDeliveredEvent(
    InvitationId invitationId,
    DeliveryChannel channel,
    String target,
    String actor,
    Instant at) implements InvitationEvent {

    @Override
    public String summary() {
        return "invitation delivered by " + channel + " to " + target;
    }
}
