package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A Helper opened the invitation with the right password; it is now used. */
@Revision("1")
public record InvitationAcceptedEvent(
    InvitationId invitationId,
    String helper,
    UUID sessionId,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " accepted the invitation, session " + sessionId;
    }
}
