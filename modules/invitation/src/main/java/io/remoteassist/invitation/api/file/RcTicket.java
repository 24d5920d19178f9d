package io.remoteassist.invitation.api.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The RCTICKET attribute of an invitation file, in clear: Windows XP's connection string, which later Windows
 * versions still write next to the encrypted LHTICKET (with their IPv4 addresses only) and Windows 11 omits.
 *
 * <pre>
 * 65538,1,&lt;host:port;host:port...&gt;,*,&lt;RA session id&gt;,*,*,&lt;protocol-specific parameters&gt;
 *   |   |         addresses          |          |         | |            |
 *   |   protocol type (1)            |          |         | +------------ RA session password: always *
 *   protocol version (65538)         |          |         +-------------- RA session name: always *
 *                                    |          +------------------------ base64, as the A element's ID
 *                                    +----------------------------------- assistant account password: always *
 * </pre>
 * The last field is base64 too; Windows Vista and later put there the same key hash as the KH attribute of the
 * ConnectionString2.
 *
 * @param addresses the User's computer's addresses, at least one
 * @param sessionId the Remote Assistance session id, base64 text as written
 * @param specificParams the protocol-specific parameters, base64 text as written, possibly empty
 */
public record RcTicket(List<HostPort> addresses, String sessionId, String specificParams) {

    private static final String VERSION = "65538";
    private static final String PROTOCOL = "1";
    private static final String PART = "RCTICKET";

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if there is no address, or the session id is empty or either id field has
     *     a character outside the base64 alphabet
     */
    public RcTicket {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("an RCTICKET needs at least one address");
        }
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(specificParams, "specificParams");
        if (sessionId.isEmpty() || !isBase64Text(sessionId) || !isBase64Text(specificParams)) {
            throw new IllegalArgumentException("RCTICKET session id and parameters must be base64 text");
        }
    }

    /**
     * Parses the attribute's value.
     *
     * @param text the value of RCTICKET
     * @return the ticket
     * @throws InvitationFileException (part {@code RCTICKET}) if the text does not have the eight fields above
     *     with the fixed values, or an address or id is invalid
     */
    public static RcTicket parse(String text) throws InvitationFileException {
        String[] fields = text.split(",", -1);
        if (fields.length != 8) {
            throw new InvitationFileException(PART, "expected 8 comma-separated fields, found " + fields.length);
        }
        if (!VERSION.equals(fields[0]) || !PROTOCOL.equals(fields[1])) {
            throw new InvitationFileException(PART, "unsupported protocol version or type");
        }
        if (!"*".equals(fields[3]) || !"*".equals(fields[5]) || !"*".equals(fields[6])) {
            throw new InvitationFileException(PART, "fields 4, 6 and 7 must be *");
        }
        List<HostPort> addresses = new ArrayList<>();
        for (String address : fields[2].split(";", -1)) {
            try {
                addresses.add(HostPort.parse(address));
            } catch (IllegalArgumentException e) {
                throw new InvitationFileException(PART, "invalid address: " + e.getMessage());
            }
        }
        try {
            return new RcTicket(addresses, fields[4], fields[7]);
        } catch (IllegalArgumentException e) {
            throw new InvitationFileException(PART, e.getMessage());
        }
    }

    /**
     * Returns the attribute's value.
     *
     * @return the eight comma-separated fields
     */
    public String format() {
        String list = addresses.stream().map(a -> a.host() + ":" + a.port()).collect(Collectors.joining(";"));
        return String.join(",", VERSION, PROTOCOL, list, "*", sessionId, "*", "*", specificParams);
    }

    static boolean isBase64Text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
