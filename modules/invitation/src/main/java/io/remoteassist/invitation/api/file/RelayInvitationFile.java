package io.remoteassist.invitation.api.file;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Our own invitation files, as the User's agent writes them: the addresses (N/P) point at the server's relay, the
 * Remote Assistance session id (the A element's ID, and RCTICKET's) is the invitation id's 16 bytes in base64, and
 * LHTICKET is encrypted with the invitation password. The password itself is in no attribute.
 */
public final class RelayInvitationFile {

    private RelayInvitationFile() {
    }

    /**
     * @param invitationId the invitation the server registered
     * @param user         the User's account name
     * @param password     the invitation password; only encrypts the ticket
     * @param start        DtStart, whole seconds
     * @param expiresAt    the expiry the server granted
     * @param relay        the relay's addresses, in order of preference
     * @return the .MsRcIncident file, UTF-8
     */
    public static byte[] write(UUID invitationId, String user, String password, Instant start, Instant expiresAt,
            List<HostPort> relay) {
        IncidentTicket ticket = new IncidentTicket(user, ticketId(invitationId), relay,
                new PassStubGenerator().generate(), start, Duration.between(start, expiresAt), keyHash(invitationId));
        return MsRcIncidentWriter.write(ticket, password);
    }

    /** @return the invitation id as a file carries it: its 16 bytes, base64 */
    public static String ticketId(UUID invitationId) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(invitationId.getMostSignificantBits())
                .putLong(invitationId.getLeastSignificantBits());
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * @param ticketId the session id of a file (RCTICKET or ConnectionString2)
     * @return the invitation id it carries
     * @throws InvitationFileException (part {@code RCTICKET}) if it is not one of our invitation ids
     */
    public static UUID invitationId(String ticketId) throws InvitationFileException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ticketId);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 16) {
            throw new InvitationFileException("RCTICKET", "the session id is not a RemoteAssist invitation id "
                    + "(a file made by Windows cannot be opened through our relay)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static String keyHash(UUID invitationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(invitationId.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
