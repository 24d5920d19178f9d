package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An invitation that is no longer open was not delivered; {@code status} says why. */
@Revision("1")
public record InvitationDeliveryRefusedEvent(
    InvitationId invitationId,
    DeliveryChannel channel,
    String actor,
    InvitationStatus status,
    Instant at) implements InvitationEvent {

    @Override
    public String summary() {
        return "delivery by " + channel + " refused: the invitation is " + status.name().toLowerCase().replace('_', ' ');
    }
}
