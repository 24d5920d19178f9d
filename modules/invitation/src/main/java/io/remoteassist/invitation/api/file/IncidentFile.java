package io.remoteassist.invitation.api.file;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The clear part of an invitation file, read without the password: everything but the contents of LHTICKET,
 * which {@link MsRcIncidentReader#decrypt(IncidentFile, String)} opens.
 *
 * @param userName the USERNAME attribute, possibly empty
 * @param passStub the PassStub attribute, in clear
 * @param start DtStart, or null when absent
 * @param length DtLength (minutes), or null when absent
 * @param lhTicket the LHTICKET attribute, hex text of whole AES blocks, or null when absent (Windows XP files)
 * @param rcTicket the RCTICKET attribute, or null when absent (Windows 11 files)
 * @param lowSpeed the L attribute: whether the User asked for a low-bandwidth session
 */
public record IncidentFile(String userName, String passStub, Instant start, Duration length, String lhTicket,
        RcTicket rcTicket, boolean lowSpeed) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if there is neither an LHTICKET nor an RCTICKET, or a component is
     *     outside what an invitation file can carry
     */
    public IncidentFile {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(passStub, "passStub");
        IncidentTicket.checkUserName(userName);
        IncidentTicket.checkPassStub(passStub);
        if (lhTicket == null && rcTicket == null) {
            throw new IllegalArgumentException("an invitation file needs an LHTICKET or an RCTICKET");
        }
        if (lhTicket != null && !isTicketHex(lhTicket)) {
            throw new IllegalArgumentException("LHTICKET must be hex text of whole 16-byte blocks");
        }
    }

    /**
     * Returns when the invitation expires: DtStart plus DtLength.
     *
     * @return the expiry, or empty when the file lacks either
     */
    public Optional<Instant> expiresAt() {
        return start == null || length == null ? Optional.empty() : Optional.of(start.plus(length));
    }

    /**
     * Returns the encrypted ConnectionString2.
     *
     * @return the bytes of LHTICKET, or empty when the file has none
     */
    public Optional<byte[]> encryptedTicket() {
        return Optional.ofNullable(lhTicket).map(HexFormat.of()::parseHex);
    }

    static boolean isTicketHex(String text) {
        if (text.isEmpty() || text.length() % 32 != 0) {
            return false;
        }
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80);
    }
}
