package io.remoteassist.session.api;

/**
 * The answer to claiming a User for a session: {@code holder} is the session that has the User
 * now, which is {@code requested} when the claim was granted.
 */
public record SessionClaim(String user, SessionId requested, SessionId holder) {

    /** Whether {@code requested} holds the User. */
    public boolean granted() {
        return requested.equals(holder);
    }
}
