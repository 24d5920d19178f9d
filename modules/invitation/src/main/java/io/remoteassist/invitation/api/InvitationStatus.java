package io.remoteassist.invitation.api;

/** Where an invitation is in its life. Only {@link #OPEN} invitations can be accepted. */
public enum InvitationStatus {
    OPEN, ACCEPTED, EXPIRED, REVOKED, LOCKED_OUT
}
