package io.remoteassist.agent.invite;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.InvitationPasswordGenerator;
import io.remoteassist.invitation.api.file.RelayInvitationFile;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.net.SrpVerifier;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes invitations in the User's agent, as DESIGN.md §5 asks: the password is generated here (12 characters from
 * an unambiguous alphabet, CSPRNG) or typed by the User (at least 8 characters); the SRP-6a salt and verifier are
 * made here and kept by the agent; the .MsRcIncident file is written here; the server gets the metadata only (user,
 * computer, channel, expiry) and answers with the invitation id, the granted expiry, the relay's address and an
 * agent key.
 */
public final class InvitationMaker {

    /** The shortest password a User may choose. */
    public static final int MIN_USER_PASSWORD = 8;

    /** What the User gets: the password to tell the Helper, and the file. */
    public record Made(AgentInvitation invitation, String password, byte[] file, String fileName) {
    }

    private final AgentApi api;
    private final SecureRandom random = new SecureRandom();
    private final InvitationPasswordGenerator passwords = new InvitationPasswordGenerator(random);

    /** Signed in as the {@code ra} command is ({@code RA_USER} / {@code RA_PASSWORD} / the credentials file). */
    public InvitationMaker(URI server) {
        this(server, io.remoteassist.agent.Credentials.fromEnv(System.getenv()));
    }

    /** Signed in as {@code credentials}: the User whose invitations these are. */
    public InvitationMaker(URI server, io.remoteassist.agent.Credentials credentials) {
        this.api = new AgentApi(server, credentials);
    }

    /**
     * @param user     the User
     * @param computer this computer's name
     * @param minutes  requested lifetime, or null for the server's default (policy may shorten it)
     * @param channel  how it will travel: file, email, im, easy-connect
     * @param password the User's own password, or null to generate one
     * @return the invitation, registered with the server
     * @throws InvitationException if the password is too short or the server refuses (e.g. Group Policy)
     */
    public Made make(String user, String computer, Integer minutes, String channel, String password) {
        if (password != null && password.length() < MIN_USER_PASSWORD) {
            throw new InvitationException("the password must be at least " + MIN_USER_PASSWORD + " characters");
        }
        String secret = password != null ? password : passwords.generate();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("computer", computer);
        if (minutes != null) {
            body.put("expiresInMinutes", minutes);
        }
        body.put("channel", channel);
        JsonNode registered = api.post("api/invitations", body);
        String id = registered.path("id").asText();
        SrpVerifier verifier = SrpHandshake.newVerifier(id, secret.toCharArray(), random);
        Instant created = Instant.parse(registered.path("createdAt").asText());
        Instant expires = Instant.parse(registered.path("expiresAt").asText());
        byte[] file = RelayInvitationFile.write(UUID.fromString(id), user, secret, created, expires,
            List.of(new HostPort(registered.path("relayHost").asText(), registered.path("relayPort").asInt())));
        AgentInvitation invitation = new AgentInvitation(id, user, computer, expires,
            registered.path("agentKey").asText(), registered.path("agentPath").asText(), verifier);
        return new Made(invitation, secret, file, "RAInvitation-" + id.substring(0, 8) + ".msrcincident");
    }

    /** Records that the file was saved to {@code target} (a folder, a share, a USB stick). */
    public void recordFile(String id, String actor, String target) {
        api.post("api/invitations/" + id + "/deliveries", Map.of("channel", "file", "target", target,
            "actor", actor));
    }

    /**
     * Hands the file (only the password-encrypted ticket) to the server's mailer.
     *
     * @param mailto true for the Mailto method: the answer's {@code mailto:} link carries a download link
     * @return the server's answer (channel, to, and mailto when asked)
     */
    public JsonNode email(String id, String actor, String to, boolean mailto, byte[] file) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "email");
        body.put("to", to);
        body.put("actor", actor);
        body.put("method", mailto ? "mailto" : "attachment");
        body.put("file", Base64.getEncoder().encodeToString(file));
        return api.post("api/invitations/" + id + "/deliveries", body);
    }

    /** Withdraws an invitation, with the reason recorded. */
    public void revoke(String id, String actor, String reason) {
        api.post("api/invitations/" + id + "/revoke", Map.of("actor", actor, "reason", reason));
    }

    AgentApi api() {
        return api;
    }
}
