package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The invitation reached its deadline unused. */
@Revision("1")
public record InvitationExpiredEvent(
    InvitationId invitationId,
    Instant expiresAt,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String summary() {
        return "invitation expired (deadline " + expiresAt + ")";
    }
}
