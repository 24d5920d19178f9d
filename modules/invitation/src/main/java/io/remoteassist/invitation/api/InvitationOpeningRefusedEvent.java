package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Someone tried to open an invitation that is no longer open; {@code reason} says why it was refused. */
@Revision("1")
public record InvitationOpeningRefusedEvent(
    InvitationId invitationId,
    String helper,
    AcceptOutcome reason,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " was refused: " + reason.name().toLowerCase().replace('_', ' ');
    }
}
