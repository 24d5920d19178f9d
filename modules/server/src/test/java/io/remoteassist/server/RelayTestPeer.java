package io.remoteassist.server;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.net.EcdhAgreement;
import io.remoteassist.transport.net.SessionCipher;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.restassured.http.ContentType;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/** One end of a relayed session in a test: a WebSocket, an ECDH key signed by the server, and the session keys. */
final class RelayTestPeer implements WebSocket.Listener {

    final Role role;
    final String sessionId;
    final List<Payload> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final EcdhAgreement ecdh = new EcdhAgreement(new SecureRandom());
    private final FrameParser parser = new FrameParser();
    private volatile SessionCipher cipher;
    private WebSocket socket;

    private final String name;
    private final String password;

    /** The session's user (USER end) or helper (HELPER end). */
    RelayTestPeer(String sessionId, Role role) {
        this(sessionId, role, partyOf(sessionId, role));
    }

    /** {@code name} at the {@code role} end, whether or not the session names them. */
    RelayTestPeer(String sessionId, Role role, String name) {
        this.sessionId = sessionId;
        this.role = role;
        this.name = name;
        this.password = Api.identity(name, role == Role.USER ? "user" : "helper");
    }

    private static String partyOf(String sessionId, Role role) {
        var view = given().get("/api/sessions/" + sessionId).then().statusCode(200).extract().jsonPath();
        return view.getString(role == Role.USER ? "user" : "helper");
    }

    /** Connects without a handshake, signed in as this end's party. */
    RelayTestPeer connect(int port) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .buildAsync(URI.create("ws://localhost:" + port + "/relay/" + sessionId + "/" + role), this)
            .get(10, TimeUnit.SECONDS);
        return this;
    }

    /** Has the server sign this end's key and sends it. */
    RelayTestPeer offerKey() throws Exception {
        String signature = given().auth().preemptive().basic(name, password).contentType(ContentType.JSON)
            .body(Map.of("role", role.name(), "publicKey", Base64.getEncoder().encodeToString(ecdh.publicKey())))
            .post("/api/relay/" + sessionId + "/keys").then().statusCode(200).extract().path("signature");
        sendRaw(FrameCodec.encode(PayloadCodec.encode(new Auth(AuthStep.ECDH_KEY, ecdh.publicKey(),
            Base64.getDecoder().decode(signature)))));
        return this;
    }

    boolean keyed() {
        return cipher != null;
    }

    void send(Payload payload) throws Exception {
        sendRaw(FrameCodec.encode(cipher.seal(PayloadCodec.encode(payload))));
    }

    synchronized void sendRaw(byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        try {
            for (Frame frame : parser.feed(data)) {
                if (frame.type() == io.remoteassist.transport.api.FrameType.AUTH) {
                    keyWith((Auth) PayloadCodec.decode(frame));
                } else {
                    received.add(PayloadCodec.decode(frame.encrypted() ? cipher.open(frame) : frame));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(-1);
    }

    private void keyWith(Auth peer) throws Exception {
        String serverKey = given().get("/api/relay/signing-key").then().statusCode(200).extract().path("publicKey");
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(KeyFactory.getInstance("EC")
            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(serverKey))));
        verifier.update(signed(role.peer(), peer.first()));
        if (!verifier.verify(peer.second())) {
            throw new IllegalStateException("peer key not signed by the server");
        }
        ByteArrayOutputStream context = new ByteArrayOutputStream();
        context.writeBytes(sessionId.getBytes(StandardCharsets.UTF_8));
        context.write(0);
        context.writeBytes(ecdh.transcript(role, peer.first()));
        cipher = SessionCipher.create(ecdh.agree(peer.first()), context.toByteArray(), role);
    }

    private byte[] signed(Role signedRole, byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("remoteassist relay key v1".getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(sessionId.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(signedRole.name().getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(key);
        return out.toByteArray();
    }

    void close() {
        socket.sendClose(1000, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
    }
}
