package io.remoteassist.invitation.api;

/**
 * Where an invitation is in its life. Only {@link #OPEN} invitations can be accepted; {@link #REFUSED_BY_POLICY}
 * ones never opened.
 */
public enum InvitationStatus {
    OPEN, ACCEPTED, EXPIRED, REVOKED, LOCKED_OUT, REFUSED_BY_POLICY
}
