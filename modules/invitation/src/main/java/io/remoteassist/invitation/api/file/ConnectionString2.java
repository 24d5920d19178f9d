package io.remoteassist.invitation.api.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ConnectionString2 of Windows Vista and later: the XML that an invitation file's LHTICKET holds encrypted
 * (see {@link TicketCipher}), and that Easy Connect and IM invitations carry as is.
 *
 * <pre>
 * &lt;E&gt;
 *   &lt;A KH="key hash, base64" [KH2="sha256:key hash, base64"] ID="RA session id, base64"/&gt;
 *   &lt;C&gt;
 *     &lt;T ID="1" SID="decimal"&gt;
 *       &lt;L P="port" N="host name, IPv4 or IPv6 address"/&gt;   one per address, in order of preference
 *     &lt;/T&gt;
 *   &lt;/C&gt;
 * &lt;/E&gt;
 * </pre>
 * Windows writes it with or without line breaks between elements; both read the same. Attributes and elements
 * not shown are ignored when reading; when a C element holds several T elements their addresses are joined and
 * the first SID is kept.
 *
 * @param keyHash the KH attribute: the base64 key hash by which a Helper recognizes the User's computer when
 *     it connects (Windows' 20-byte hash; taken as opaque text here)
 * @param keyHash2 the KH2 attribute of newer Windows versions, such as {@code sha256:...}, or null when absent
 * @param sessionId the A element's ID: the Remote Assistance session id, base64
 * @param sid the T element's SID attribute, decimal digits, or null when absent
 * @param addresses the L elements, at least one
 */
public record ConnectionString2(String keyHash, String keyHash2, String sessionId, String sid,
        List<HostPort> addresses) {

    private static final String PART = "ConnectionString2";

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if the key hash or session id is empty or not base64 text, KH2 has a
     *     character outside base64 and {@code :}, SID is not decimal digits, or there is no address
     */
    public ConnectionString2 {
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(sessionId, "sessionId");
        addresses = List.copyOf(addresses);
        if (keyHash.isEmpty() || !RcTicket.isBase64Text(keyHash)) {
            throw new IllegalArgumentException("KH must be base64 text");
        }
        if (keyHash2 != null && (keyHash2.isEmpty() || !RcTicket.isBase64Text(keyHash2.replace(":", "")))) {
            throw new IllegalArgumentException("KH2 must be base64 text with an algorithm prefix");
        }
        if (sessionId.isEmpty() || !RcTicket.isBase64Text(sessionId)) {
            throw new IllegalArgumentException("ID must be base64 text");
        }
        if (sid != null && (sid.isEmpty() || sid.length() > 10 || !sid.chars().allMatch(Character::isDigit))) {
            throw new IllegalArgumentException("SID must be a decimal number");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a ConnectionString2 needs at least one address");
        }
    }

    /**
     * Parses a ConnectionString2 given as text, such as a decrypted LHTICKET or a bare {@code <E>...</E>}. The
     * parser is the hardened one of {@link MsRcIncidentReader}: no DOCTYPE, no external entity.
     *
     * @param xml the XML text, without a trailing CR LF
     * @return the connection string
     * @throws InvitationFileException (part {@code ConnectionString2}) if the XML is not well-formed or lacks the
     *     elements and attributes above, or a value is invalid
     */
    public static ConnectionString2 parse(String xml) throws InvitationFileException {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > MsRcIncidentReader.MAX_FILE_BYTES) {
            throw new InvitationFileException(PART, "longer than " + MsRcIncidentReader.MAX_FILE_BYTES + " characters");
        }
        try {
            return fromElement(SafeXml.parse(xml, PART));
        } catch (InvitationFileException e) {
            throw e.part().equals(PART) ? e : new InvitationFileException(PART, e.getMessage());
        }
    }

    private static ConnectionString2 fromElement(XmlElement root) throws InvitationFileException {
        if (!root.name().equals("E")) {
            throw new InvitationFileException(PART, "root element is <" + root.name() + ">, expected <E>");
        }
        XmlElement a = root.onlyChild("A");
        List<XmlElement> transports = root.onlyChild("C").children("T");
        if (transports.isEmpty()) {
            throw new InvitationFileException("T", "missing from <C>");
        }
        List<HostPort> addresses = new ArrayList<>();
        for (XmlElement t : transports) {
            for (XmlElement l : t.children("L")) {
                addresses.add(address(l));
            }
        }
        try {
            return new ConnectionString2(a.requiredAttribute("KH"), a.attribute("KH2").orElse(null),
                    a.requiredAttribute("ID"), transports.get(0).attribute("SID").orElse(null), addresses);
        } catch (IllegalArgumentException e) {
            throw new InvitationFileException(PART, e.getMessage());
        }
    }

    private static HostPort address(XmlElement l) throws InvitationFileException {
        String port = l.requiredAttribute("P");
        String host = l.requiredAttribute("N");
        try {
            return new HostPort(host, HostPort.parsePort(port));
        } catch (IllegalArgumentException e) {
            throw new InvitationFileException("L", e.getMessage());
        }
    }

    /**
     * Returns the XML text, on one line, without the CR LF that {@link TicketCipher} appends before encrypting.
     *
     * @return the XML
     */
    public String toXml() {
        StringBuilder xml = new StringBuilder("<E><A KH=\"").append(Xml.escape(keyHash)).append('"');
        if (keyHash2 != null) {
            xml.append(" KH2=\"").append(Xml.escape(keyHash2)).append('"');
        }
        xml.append(" ID=\"").append(Xml.escape(sessionId)).append("\"/><C><T ID=\"1\"");
        if (sid != null) {
            xml.append(" SID=\"").append(sid).append('"');
        }
        xml.append('>');
        for (HostPort address : addresses) {
            xml.append("<L P=\"").append(address.port()).append("\" N=\"").append(Xml.escape(address.host()))
                    .append("\"/>");
        }
        return xml.append("</T></C></E>").toString();
    }
}
