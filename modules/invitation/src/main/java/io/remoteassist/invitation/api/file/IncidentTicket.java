package io.remoteassist.invitation.api.file;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an invitation file tells a Helper once its password is known: whom to help, where to connect, and until
 * when. It is also what {@link MsRcIncidentWriter} writes.
 *
 * <p>Read from a file with an LHTICKET, the session id, addresses and key hash come from the decrypted
 * ConnectionString2 (all addresses, IPv6 included); from a Windows XP file, which has only an RCTICKET, they
 * come from it and the key hash is null.
 *
 * @param userName the USERNAME attribute: the User's account name, possibly empty, no control characters
 * @param sessionId the Remote Assistance session id, base64 text
 * @param addresses the User's computer's addresses in order of preference, at least one
 * @param passStub the PassStub, in clear (see {@link PassStubCipher})
 * @param start when the invitation was made (DtStart), whole seconds, or null when the file has none
 * @param length how long the invitation is valid (DtLength, minutes), or null when the file has none
 * @param keyHash the KH of the ConnectionString2, base64, or null when the file has no LHTICKET
 */
public record IncidentTicket(String userName, String sessionId, List<HostPort> addresses, String passStub,
        Instant start, Duration length, String keyHash) {

    /** The largest DtStart and DtLength a file can carry: they are unsigned 32-bit numbers. */
    static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private static final int MAX_USER_NAME = 256;

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is outside what an invitation file can carry
     */
    public IncidentTicket {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(passStub, "passStub");
        addresses = List.copyOf(addresses);
        checkUserName(userName);
        if (sessionId.isEmpty() || !RcTicket.isBase64Text(sessionId)) {
            throw new IllegalArgumentException("session id must be base64 text");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("an invitation needs at least one address");
        }
        checkPassStub(passStub);
        if (start != null && (start.getEpochSecond() < 0 || start.getEpochSecond() > MAX_UINT32)) {
            throw new IllegalArgumentException("start must be between 1970 and 2106");
        }
        if (length != null && (length.isNegative() || length.toMinutes() > MAX_UINT32)) {
            throw new IllegalArgumentException("length must be between 0 and 2^32 - 1 minutes");
        }
        if (keyHash != null && (keyHash.isEmpty() || !RcTicket.isBase64Text(keyHash))) {
            throw new IllegalArgumentException("key hash must be base64 text");
        }
    }

    /**
     * Returns when the invitation expires: start plus length.
     *
     * @return the expiry, or empty when the file lacks DtStart or DtLength
     */
    public Optional<Instant> expiresAt() {
        return start == null || length == null ? Optional.empty() : Optional.of(start.plus(length));
    }

    static void checkUserName(String userName) {
        if (userName.length() > MAX_USER_NAME) {
            throw new IllegalArgumentException("user name longer than " + MAX_USER_NAME + " characters");
        }
        if (userName.chars().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                || c == 0xFFFE || c == 0xFFFF)) {
            throw new IllegalArgumentException("user name has a control or non-character code unit");
        }
    }

    static void checkPassStub(String passStub) {
        if (passStub.isEmpty() || passStub.length() > 64) {
            throw new IllegalArgumentException("PassStub must have 1 to 64 characters");
        }
        if (!passStub.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
            throw new IllegalArgumentException("PassStub must be printable ASCII without spaces");
        }
    }
}
