package io.remoteassist.transport.protocol;

/** The steps of the key agreements carried by {@code AUTH} frames, with their one-byte wire ids. */
public enum AuthStep {

    /** Helper to User: SRP identity. */
    SRP_START(1),
    /** User to Helper: SRP salt and public value B. */
    SRP_CHALLENGE(2),
    /** Helper to User: public value A and client evidence M1. */
    SRP_PROOF(3),
    /** User to Helper: server evidence M2. */
    SRP_CONFIRM(4),
    /** Either way: an ephemeral ECDH P-256 public key (X.509 encoding) and its signature, if any. */
    ECDH_KEY(5),
    /**
     * Relay to both ends of an invitation handshake, after the User's agent confirmed the Helper's proof and the
     * server recorded the acceptance: the id of the session the server opened (UTF-8).
     */
    SESSION_OPENED(6);

    private final int wireId;

    AuthStep(int wireId) {
        this.wireId = wireId;
    }

    /** @return the one-byte wire id */
    public int wireId() {
        return wireId;
    }

    /**
     * @param wireId a wire id
     * @return the step, or {@code null} if unknown
     */
    public static AuthStep fromWireId(int wireId) {
        for (AuthStep step : values()) {
            if (step.wireId == wireId) {
                return step;
            }
        }
        return null;
    }
}
