package io.remoteassist.server;

import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.InvitationPasswordGenerator;
import io.remoteassist.invitation.api.file.RelayInvitationFile;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.handshake.HandshakeResult;
import io.remoteassist.transport.handshake.SrpInitiator;
import io.remoteassist.transport.handshake.SrpResponder;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.net.SrpVerifier;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;

/**
 * Invitations the way the User's agent makes them and a Helper opens them, for the server's tests: the password and
 * the SRP-6a verifier are made here (never sent), the metadata is registered over REST, the file is written with
 * the codec, and the production {@link SrpResponder} / {@link SrpInitiator} run the handshake through the server's
 * real relay.
 */
public final class Invitations {

    /** What the test's User holds for one invitation. */
    public record Made(String id, String password, SrpVerifier verifier, byte[] file, Response registration,
                       SrpResponder responder, List<String> outcomes) implements AutoCloseable {

        /** The agent stops answering, as when it closes. */
        @Override
        public void close() {
            responder.stop();
        }
    }

    private Invitations() {
    }

    /** Registers metadata only. */
    public static Response register(String user, String computer, int minutes) {
        return register(RestAssured.port, user, computer, minutes);
    }

    static Response register(int port, String user, String computer, int minutes) {
        return Api.user(user).port(port).contentType(ContentType.JSON)
            .body(Map.of("user", user, "computer", computer, "expiresInMinutes", minutes))
            .post("/api/invitations");
    }

    /** A User's agent makes an invitation and waits on the relay for Helpers. */
    public static Made make(String user, String computer, int minutes) {
        return make(RestAssured.port, user, computer, minutes);
    }

    /** The same through the server at {@code port} (e.g. a recording proxy in front of it). */
    static Made make(int port, String user, String computer, int minutes) {
        Response registered = register(port, user, computer, minutes);
        registered.then().statusCode(201);
        String id = registered.jsonPath().getString("id");
        String password = new InvitationPasswordGenerator().generate();
        SrpVerifier verifier = SrpHandshake.newVerifier(id, password.toCharArray(), new SecureRandom());
        byte[] file = RelayInvitationFile.write(UUID.fromString(id), user, password,
            Instant.parse(registered.jsonPath().getString("createdAt")),
            Instant.parse(registered.jsonPath().getString("expiresAt")),
            List.of(new HostPort(registered.jsonPath().getString("relayHost"),
                registered.jsonPath().getInt("relayPort"))));
        List<String> outcomes = new CopyOnWriteArrayList<>();
        SrpResponder responder = new SrpResponder(relay(port, registered.jsonPath().getString("agentPath")),
            registered.jsonPath().getString("agentKey"), verifier, new SrpResponder.Listener() {
                @Override
                public void accepted(String sessionId, byte[] sessionKey) {
                    outcomes.add("accepted " + sessionId);
                }

                @Override
                public void rejected() {
                    outcomes.add("rejected");
                }

                @Override
                public void ended(String reason) {
                    outcomes.add("ended " + reason);
                }
            }).start();
        awaitAgent(id);
        return new Made(id, password, verifier, file, registered, responder, outcomes);
    }

    /** A Helper proves a password for an invitation through the relay. */
    public static HandshakeResult open(String invitationId, String helper, String password) {
        return open(RestAssured.port, invitationId, helper, password);
    }

    static HandshakeResult open(int port, String invitationId, String helper, String password) {
        try {
            return SrpInitiator.run(relay(port, "/relay/invitation/" + invitationId + "/HELPER?helper="
                + URLEncoder.encode(helper, StandardCharsets.UTF_8)), invitationId, password.toCharArray());
        } catch (TransportException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An invitation from {@code user}, accepted by {@code helper}: the session id. */
    public static String acceptedSession(String user, String computer, String helper) {
        try (Made made = make(user, computer, 30)) {
            HandshakeResult result = open(made.id(), helper, made.password());
            if (!result.accepted()) {
                throw new IllegalStateException("not accepted: " + result);
            }
            return result.sessionId();
        }
    }

    static URI relay(String path) {
        return relay(RestAssured.port, path);
    }

    static URI relay(int port, String path) {
        return URI.create("ws://localhost:" + port + path);
    }

    private static void awaitAgent(String id) {
        io.remoteassist.server.relay.HandshakeRelay relay =
            io.quarkus.arc.Arc.container().instance(io.remoteassist.server.relay.HandshakeRelay.class).get();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!relay.agentWaiting(id)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the agent of " + id + " did not reach the relay");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
