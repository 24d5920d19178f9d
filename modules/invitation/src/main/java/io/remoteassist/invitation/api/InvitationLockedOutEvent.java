package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Too many wrong passwords: the invitation is locked and will not be checked again. */
@Revision("1")
public record InvitationLockedOutEvent(
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
        return "invitation locked after " + failures + " wrong passwords";
    }
}
