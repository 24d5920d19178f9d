package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User withdrew the invitation. */
@Revision("1")
public record InvitationRevokedEvent(
    InvitationId invitationId,
    String actor,
    Instant at) implements InvitationEvent {

    @Override
    public String summary() {
        return actor + " revoked the invitation";
    }
}
