package io.remoteassist.transport.handshake;

import java.util.Objects;

/**
 * How an invitation handshake ended, as the Helper's side sees it.
 *
 * @param outcome    {@link #ACCEPTED}, or the relay's reason for the refusal ({@code PASSWORD_REJECTED},
 *                   {@code LOCKED_OUT}, {@code EXPIRED}, {@code REVOKED}, {@code ALREADY_USED}, {@code NOT_FOUND},
 *                   {@code AGENT_NOT_RUNNING}, …), or {@code AGENT_NOT_PROVEN} when the other end could not prove
 *                   it holds the verifier
 * @param sessionId  the session the server opened, when accepted
 * @param sessionKey the SRP-6a session key both ends derived, when accepted
 */
public record HandshakeResult(String outcome, String sessionId, byte[] sessionKey) {

    /** The outcome of a handshake whose password the User's agent accepted. */
    public static final String ACCEPTED = "ACCEPTED";

    /** Validates fields. */
    public HandshakeResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return whether the Helper proved the password and a session is open */
    public boolean accepted() {
        return ACCEPTED.equals(outcome);
    }

    static HandshakeResult refused(String reason) {
        return new HandshakeResult(reason, null, null);
    }

    @Override
    public String toString() {
        return "HandshakeResult[" + outcome + (sessionId == null ? "" : ", session " + sessionId) + "]";
    }
}
