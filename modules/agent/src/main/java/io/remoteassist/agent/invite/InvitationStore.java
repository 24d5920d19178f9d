package io.remoteassist.agent.invite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remoteassist.transport.net.SrpVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The agent's own record of its open invitations, one JSON file each under {@code $RA_STATE_DIR/invitations}
 * (readable by the User only): what {@code ra invite} made and the running {@code ra agent --headless} answers
 * Helpers for. It holds salts, verifiers and agent keys; the password is in no file.
 */
public final class InvitationStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public InvitationStore(Path dir) {
        this.dir = dir;
    }

    public void save(AgentInvitation invitation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", invitation.id());
        node.put("user", invitation.user());
        node.put("computer", invitation.computer());
        node.put("expiresAt", invitation.expiresAt().toString());
        node.put("agentKey", invitation.agentKey());
        node.put("agentPath", invitation.agentPath());
        node.put("salt", Base64.getEncoder().encodeToString(invitation.verifier().salt()));
        node.put("verifier", Base64.getEncoder().encodeToString(invitation.verifier().verifier()));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(invitation.id() + ".json");
            Path tmp = dir.resolve(invitation.id() + ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(node));
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvitationException("cannot keep the invitation in " + dir + ": " + e.getMessage());
        }
    }

    /** @return the invitations kept, unreadable files skipped */
    public List<AgentInvitation> list() {
        List<AgentInvitation> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                try {
                    JsonNode node = JSON.readTree(file.toFile());
                    String id = node.path("id").asText();
                    found.add(new AgentInvitation(id, node.path("user").asText(), node.path("computer").asText(),
                        Instant.parse(node.path("expiresAt").asText()), node.path("agentKey").asText(),
                        node.path("agentPath").asText(), new SrpVerifier(id,
                        Base64.getDecoder().decode(node.path("salt").asText()),
                        Base64.getDecoder().decode(node.path("verifier").asText()))));
                } catch (IOException | RuntimeException e) {
                    // a half-written or foreign file: not ours to serve
                }
            }
        } catch (IOException e) {
            throw new InvitationException("cannot read " + dir + ": " + e.getMessage());
        }
        return found;
    }

    public void forget(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + ".json"));
        } catch (IOException e) {
            throw new InvitationException("cannot remove invitation " + id + " from " + dir + ": " + e.getMessage());
        }
    }
}
