package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A wrong password was presented; {@code failures} counts them so far. */
@Revision("1")
public record InvitationPasswordRejectedEvent(
    InvitationId invitationId,
    String helper,
    int failures,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " presented a wrong password (failure " + failures + ")";
    }
}
