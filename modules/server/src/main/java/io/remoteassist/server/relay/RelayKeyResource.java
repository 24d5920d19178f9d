package io.remoteassist.server.relay;

import io.remoteassist.server.session.SessionDirectory;
import io.remoteassist.server.session.SessionView;
import io.remoteassist.server.session.SessionAccess;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key service of the end-to-end encryption (see {@link RelaySigner}):
 * <ul>
 *   <li>{@code GET /api/relay/signing-key} → {@code {"publicKey": base64 SPKI, "algorithm": …}};
 *   <li>{@code POST /api/relay/{sessionId}/keys} with {@code {"role": "USER"|"HELPER", "publicKey": base64 SPKI}}
 *       → {@code {"signature": base64}}. One key per session and role: asking again with the same key gives the
 *       same answer, another key is refused (409), so a party that learns the session id later cannot replace an
 *       end. Only the session's user may key its USER end, and only its helper its HELPER end.
 * </ul>
 */
@Path("/api/relay")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelayKeyResource {

    /** The body of a signing request. */
    public record KeyRequest(String role, String publicKey) {
    }

    private final RelaySigner signer;
    private final SessionDirectory directory;
    private final Map<String, byte[]> signedKeys = new ConcurrentHashMap<>();

    @Inject
    SessionAccess access;

    RelayKeyResource(RelaySigner signer, SessionDirectory directory) {
        this.signer = signer;
        this.directory = directory;
    }

    @GET
    @Path("/signing-key")
    @RolesAllowed("**")
    public Map<String, String> signingKey() {
        return Map.of("publicKey", Base64.getEncoder().encodeToString(signer.publicKey()),
            "algorithm", "ECDSA P-256 SHA-256 (IEEE P1363)");
    }

    @POST
    @Path("/{sessionId}/keys")
    @RolesAllowed({Roles.USER, Roles.HELPER})
    public Map<String, String> sign(@PathParam("sessionId") String sessionId, KeyRequest request) {
        if (request == null || request.role() == null || request.publicKey() == null) {
            throw ApiError.of(400, "a JSON body with role and publicKey is required");
        }
        String role = request.role().toUpperCase(Locale.ROOT);
        if (!role.equals("USER") && !role.equals("HELPER")) {
            throw ApiError.of(400, "role must be USER or HELPER");
        }
        // the User's end is keyed by the session's user, the Helper's end by its helper
        SessionView session = role.equals("USER") ? access.asUser(sessionId) : access.asHelper(sessionId);
        if (FramePolicy.isFinal(session.state())) {
            throw ApiError.of(409, "the session is " + session.state());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "publicKey must be base64");
        }
        byte[] first = signedKeys.putIfAbsent(sessionId + "/" + role, key);
        if (first != null && !Arrays.equals(first, key)) {
            throw ApiError.of(409, "the " + role + " of this session already has a key");
        }
        try {
            return Map.of("signature", Base64.getEncoder().encodeToString(signer.sign(sessionId, role, key)));
        } catch (IllegalArgumentException e) {
            signedKeys.remove(sessionId + "/" + role, key);
            throw ApiError.of(400, "publicKey is not a P-256 key: " + e.getMessage());
        }
    }
}
