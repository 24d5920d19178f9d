package io.remoteassist.invitation.api.file;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Writes Windows Remote Assistance invitation files ({@code .MsRcIncident}) that Windows Vista and later, and
 * {@link MsRcIncidentReader}, open with the password. The format is described in {@code package-info.java}.
 *
 * <p>The file is UTF-8 without a byte order mark. Every address goes into the encrypted LHTICKET; RCTICKET, which
 * older readers split at the first colon, gets the IPv4 addresses and host names only, as Windows does, and is
 * left out when there are none. The ConnectionString2's SID is {@code 0}. DtStart is written in whole seconds
 * (the start is truncated) and DtLength in whole minutes (the length is truncated, so the file never outlives
 * the invitation). Stateless and thread-safe.
 */
public final class MsRcIncidentWriter {

    private static final String SID = "0";

    private MsRcIncidentWriter() {
    }

    /**
     * Writes a file.
     *
     * @param ticket the invitation; its key hash must be set, as the Helper needs it to check the User's computer
     * @param password the invitation password, which keys LHTICKET
     * @return the file's bytes, UTF-8
     * @throws IllegalArgumentException if the ticket has no key hash, or its PassStub has a character that would
     *     need an XML entity ({@code & < > " '}), which some readers of invitation files do not resolve
     */
    public static byte[] write(IncidentTicket ticket, String password) {
        return writeString(ticket, password).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a file as text.
     *
     * @param ticket the invitation
     * @param password the invitation password
     * @return the file's text
     * @throws IllegalArgumentException as {@link #write(IncidentTicket, String)}
     */
    public static String writeString(IncidentTicket ticket, String password) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(password, "password");
        if (ticket.keyHash() == null) {
            throw new IllegalArgumentException("an invitation file needs the key hash of the User's computer");
        }
        if (ticket.passStub().chars().anyMatch(c -> "&<>\"'".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("PassStub has a character that needs escaping in XML");
        }
        ConnectionString2 connection = new ConnectionString2(ticket.keyHash(), null, ticket.sessionId(), SID,
                ticket.addresses());
        String lhTicket = HexFormat.of().withUpperCase().formatHex(TicketCipher.encrypt(connection.toXml(), password));

        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\r\n<UPLOADINFO TYPE=\"Escalated\">");
        xml.append("<UPLOADDATA USERNAME=\"").append(Xml.escape(ticket.userName())).append('"');
        xml.append(" LHTICKET=\"").append(lhTicket).append('"');
        List<HostPort> legacy = ticket.addresses().stream().filter(a -> !a.isIpv6()).toList();
        if (!legacy.isEmpty()) {
            RcTicket rc = new RcTicket(legacy, ticket.sessionId(), ticket.keyHash());
            xml.append(" RCTICKET=\"").append(Xml.escape(rc.format())).append('"');
        }
        xml.append(" PassStub=\"").append(ticket.passStub()).append('"');
        xml.append(" RCTICKETENCRYPTED=\"1\"");
        if (ticket.start() != null) {
            xml.append(" DtStart=\"").append(ticket.start().getEpochSecond()).append('"');
        }
        if (ticket.length() != null) {
            xml.append(" DtLength=\"").append(ticket.length().toMinutes()).append('"');
        }
        return xml.append(" L=\"0\"/></UPLOADINFO>").toString();
    }
}
