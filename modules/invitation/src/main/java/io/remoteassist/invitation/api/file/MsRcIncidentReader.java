package io.remoteassist.invitation.api.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads Windows Remote Assistance invitation files ({@code .MsRcIncident}) from untrusted bytes. The format is
 * described in {@code package-info.java}.
 *
 * <p>Every way a file can be wrong (too large, not text, not well-formed XML, a DOCTYPE, a missing or invalid
 * attribute, an LHTICKET that does not decrypt with the password) is reported as an
 * {@link InvitationFileException} naming the attribute at fault; no other exception escapes for any input.
 * Files are decoded as UTF-8, or as UTF-16 when they start with a byte order mark or with {@code <} followed by a
 * zero byte; the encoding named in the XML declaration is not used (Windows XP declares {@code Unicode} in files
 * that are not). The one departure from XML accepted is Windows XP's missing space before
 * {@code RCTICKETENCRYPTED="}, and only when the file is not well-formed without it. Stateless and thread-safe.
 */
public final class MsRcIncidentReader {

    /** The largest file read, in bytes; Windows' own files are under 8 KiB. */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    private static final String FILE = InvitationFileException.FILE;
    private static final String XP_QUIRK = "\"RCTICKETENCRYPTED=\"";

    private MsRcIncidentReader() {
    }

    /**
     * Reads the clear part of a file, without the password.
     *
     * @param file the file's bytes
     * @return the clear attributes, LHTICKET still encrypted
     * @throws InvitationFileException if the file is not a valid invitation file
     */
    public static IncidentFile read(byte[] file) throws InvitationFileException {
        Objects.requireNonNull(file, "file");
        if (file.length > MAX_FILE_BYTES) {
            throw new InvitationFileException(FILE, "larger than " + MAX_FILE_BYTES + " bytes");
        }
        XmlElement root = parseXml(TextDecoding.decode(file));
        if (!root.name().equals("UPLOADINFO")) {
            throw new InvitationFileException(FILE, "root element is <" + root.name() + ">, expected <UPLOADINFO>");
        }
        if (!"Escalated".equals(root.requiredAttribute("TYPE"))) {
            throw new InvitationFileException("TYPE", "not Escalated");
        }
        return UploadData.read(root.onlyChild("UPLOADDATA"));
    }

    /**
     * Reads a file and decrypts its LHTICKET with the password.
     *
     * @param file the file's bytes
     * @param password the invitation password; a Windows XP file, which has no LHTICKET, reads with any password
     * @return the invitation
     * @throws InvitationFileException if the file is not a valid invitation file, or (part {@code LHTICKET}) the
     *     password is wrong
     */
    public static IncidentTicket read(byte[] file, String password) throws InvitationFileException {
        Objects.requireNonNull(password, "password");
        return decrypt(read(file), password);
    }

    /**
     * Reads the clear part of a file from a stream, reading at most {@link #MAX_FILE_BYTES} + 1 bytes. The stream
     * is not closed.
     *
     * @param in the file's bytes
     * @return the clear attributes
     * @throws InvitationFileException if the file is not a valid invitation file or is too large
     * @throws IOException if reading the stream fails
     */
    public static IncidentFile read(InputStream in) throws InvitationFileException, IOException {
        return read(readCapped(in));
    }

    /**
     * Reads a file from a stream and decrypts it, reading at most {@link #MAX_FILE_BYTES} + 1 bytes. The stream
     * is not closed.
     *
     * @param in the file's bytes
     * @param password the invitation password
     * @return the invitation
     * @throws InvitationFileException if the file is not a valid invitation file, is too large, or the password
     *     is wrong
     * @throws IOException if reading the stream fails
     */
    public static IncidentTicket read(InputStream in, String password) throws InvitationFileException, IOException {
        return read(readCapped(in), password);
    }

    /**
     * Decrypts the LHTICKET of a file read without its password.
     *
     * @param file the clear part
     * @param password the invitation password
     * @return the invitation
     * @throws InvitationFileException (part {@code LHTICKET}) if the password is wrong or the ConnectionString2
     *     inside is invalid
     */
    public static IncidentTicket decrypt(IncidentFile file, String password) throws InvitationFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        if (file.lhTicket() == null) {
            RcTicket rc = file.rcTicket();
            return new IncidentTicket(file.userName(), rc.sessionId(), rc.addresses(), file.passStub(),
                    file.start(), file.length(), null);
        }
        String xml = TicketCipher.decrypt(HexFormat.of().parseHex(file.lhTicket()), password);
        ConnectionString2 connection;
        try {
            connection = ConnectionString2.parse(xml);
        } catch (InvitationFileException e) {
            throw new InvitationFileException("LHTICKET", e.getMessage());
        }
        return new IncidentTicket(file.userName(), connection.sessionId(), connection.addresses(), file.passStub(),
                file.start(), file.length(), connection.keyHash());
    }

    private static XmlElement parseXml(String text) throws InvitationFileException {
        try {
            return SafeXml.parse(text, FILE);
        } catch (InvitationFileException e) {
            int at = text.indexOf(XP_QUIRK);
            if (at < 0 || text.indexOf(XP_QUIRK, at + 1) >= 0) {
                throw e;
            }
            // Windows XP wrote RCTICKET="..."RCTICKETENCRYPTED="1": put back the one missing space, nothing else.
            return SafeXml.parse(text.substring(0, at + 1) + ' ' + text.substring(at + 1), FILE);
        }
    }

    private static byte[] readCapped(InputStream in) throws InvitationFileException, IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvitationFileException(FILE, "larger than " + MAX_FILE_BYTES + " bytes");
        }
        return bytes;
    }

    /** The attributes of the UPLOADDATA element. */
    private static final class UploadData {

        private UploadData() {
        }

        static IncidentFile read(XmlElement data) throws InvitationFileException {
            String userName = data.requiredAttribute("USERNAME");
            check("USERNAME", () -> IncidentTicket.checkUserName(userName));
            String passStub = data.requiredAttribute("PassStub");
            check("PassStub", () -> IncidentTicket.checkPassStub(passStub));
            String lhTicket = data.attribute("LHTICKET").orElse(null);
            if (lhTicket != null) {
                checkTicketHex(lhTicket);
            }
            RcTicket rcTicket = null;
            if (data.attribute("RCTICKET").isPresent()) {
                rcTicket = RcTicket.parse(data.requiredAttribute("RCTICKET"));
            }
            if (lhTicket == null && rcTicket == null) {
                throw new InvitationFileException("UPLOADDATA", "has neither LHTICKET nor RCTICKET");
            }
            flag(data, "RCTICKETENCRYPTED");
            Instant start = data.attribute("DtStart").isPresent()
                    ? Instant.ofEpochSecond(uint32(data, "DtStart")) : null;
            Duration length = data.attribute("DtLength").isPresent()
                    ? Duration.ofMinutes(uint32(data, "DtLength")) : null;
            return new IncidentFile(userName, passStub, start, length, lhTicket, rcTicket, flag(data, "L"));
        }

        private static void checkTicketHex(String hex) throws InvitationFileException {
            if (hex.isEmpty()) {
                throw new InvitationFileException("LHTICKET", "empty");
            }
            if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> c < 0x80 && Character.digit(c, 16) >= 0)) {
                throw new InvitationFileException("LHTICKET", "not valid hex");
            }
            if (hex.length() % 32 != 0) {
                throw new InvitationFileException("LHTICKET", "not a whole number of 16-byte AES blocks");
            }
        }

        private static boolean flag(XmlElement data, String name) throws InvitationFileException {
            String value = data.attribute(name).orElse("0");
            if (!value.equals("0") && !value.equals("1")) {
                throw new InvitationFileException(name, "must be 0 or 1");
            }
            return value.equals("1");
        }

        private static long uint32(XmlElement data, String name) throws InvitationFileException {
            String text = data.requiredAttribute(name);
            if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvitationFileException(name, "not a decimal number");
            }
            long value = Long.parseLong(text);
            if (value > IncidentTicket.MAX_UINT32) {
                throw new InvitationFileException(name, "larger than 4294967295");
            }
            return value;
        }

        private static void check(String part, Runnable validation) throws InvitationFileException {
            try {
                validation.run();
            } catch (IllegalArgumentException e) {
                throw new InvitationFileException(part, e.getMessage());
            }
        }
    }
}
