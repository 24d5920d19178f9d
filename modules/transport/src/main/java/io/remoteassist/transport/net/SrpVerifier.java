package io.remoteassist.transport.net;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the User's agent keeps instead of the invitation password: the SRP-6a salt and verifier
 * {@code v = g^x mod N} (RFC 5054 2048-bit group, SHA-256). It lets the agent check a password proof without
 * being able to recover the password except by search.
 *
 * @param identity the SRP identity (for invitations: the invitation id)
 * @param salt     random salt, 16 bytes
 * @param verifier the verifier, unsigned big-endian
 */
public record SrpVerifier(String identity, byte[] salt, byte[] verifier) {

    /** Validates fields. */
    public SrpVerifier {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SrpVerifier that && identity.equals(that.identity)
                && Arrays.equals(salt, that.salt) && Arrays.equals(verifier, that.verifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity, Arrays.hashCode(salt), Arrays.hashCode(verifier));
    }

    @Override
    public String toString() {
        return "SrpVerifier[" + identity + "]";
    }
}
