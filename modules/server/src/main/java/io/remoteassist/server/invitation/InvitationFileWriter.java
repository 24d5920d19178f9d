package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.MsRcIncidentWriter;
import io.remoteassist.invitation.api.file.PassStubGenerator;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Writes the .MsRcIncident file of an invitation: its addresses point at this server's relay,
 * its session id is the invitation id, and its LHTICKET is encrypted with the invitation password.
 */
@Singleton
public class InvitationFileWriter {

    private final HostPort relay;
    private final PassStubGenerator passStubs = new PassStubGenerator();

    InvitationFileWriter(@ConfigProperty(name = "ra.relay.host") String host,
                         @ConfigProperty(name = "ra.relay.port") int port) {
        this.relay = new HostPort(host, port);
    }

    public byte[] write(InvitationId id, String user, String password, Instant start, Instant expiresAt) {
        ByteBuffer uuid = ByteBuffer.allocate(16)
            .putLong(id.value().getMostSignificantBits())
            .putLong(id.value().getLeastSignificantBits());
        String sessionId = Base64.getEncoder().encodeToString(uuid.array());
        IncidentTicket ticket = new IncidentTicket(user, sessionId, List.of(relay), passStubs.generate(), start,
            Duration.between(start, expiresAt), keyHash(id));
        return MsRcIncidentWriter.write(ticket, password);
    }

    private static String keyHash(InvitationId id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
