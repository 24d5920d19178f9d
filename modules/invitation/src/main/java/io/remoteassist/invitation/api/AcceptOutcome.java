package io.remoteassist.invitation.api;

/** What became of an attempt to open an invitation. */
public enum AcceptOutcome {
    /** The password was right and the invitation is now used. */
    ACCEPTED,
    /** The password was wrong; the invitation stays open. */
    PASSWORD_REJECTED,
    /** The password was wrong once too often, or the invitation was already locked. */
    LOCKED_OUT,
    /** The invitation is past its deadline. */
    EXPIRED,
    /** The User revoked the invitation. */
    REVOKED,
    /** The invitation was already accepted once. */
    ALREADY_USED,
    /** Group Policy refused the invitation when the User asked for it; it never opened. */
    REFUSED_BY_POLICY
}
