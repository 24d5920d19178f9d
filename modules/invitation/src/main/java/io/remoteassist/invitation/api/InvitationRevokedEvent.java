package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User withdrew the invitation; {@code reason} is null in events recorded before reasons were kept. */
@Revision("2")
public record InvitationRevokedEvent(
    InvitationId invitationId,
    String actor,
    String reason,
    Instant at) implements InvitationEvent {

    @Override
    public String summary() {
        return actor + " revoked the invitation" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
