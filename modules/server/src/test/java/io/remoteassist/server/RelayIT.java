package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.server.relay.RelayHub;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.PointerMove;
import io.remoteassist.transport.protocol.ScreenTile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class RelayIT {

    private static final byte[] SECRET_PIXELS = "PIXELS-THE-RELAY-MUST-NOT-SEE-0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET_CHAT = "my password is hunter2";

    @Inject
    RelayHub hub;

    @TestHTTPResource("/")
    URL base;

    private String newSession() {
        String user = "relay-user-" + java.util.UUID.randomUUID();
        String session = Api.acceptedSession(user, user + ".example.test", "helper-of-" + user);
        // the session directory is a projection: it knows the session a moment after the event
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sessions/" + session).statusCode() == 200);
        return session;
    }

    @Test
    void theRelaySeesOnlyCiphertextAndNoScreenBeforeConsent() throws Exception {
        String session = newSession();
        List<Frame> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable tap = hub.tap((id, from, frame) -> {
            if (id.equals(session)) {
                seen.add(frame);
            }
        })) {
            RelayTestPeer user = new RelayTestPeer(session, Role.USER).connect(base.getPort()).offerKey();
            RelayTestPeer helper = new RelayTestPeer(session, Role.HELPER).connect(base.getPort()).offerKey();
            await().atMost(Duration.ofSeconds(30)).until(() -> user.keyed() && helper.keyed());

            user.send(new ScreenTile(0, 0, 8, 5, 1, SECRET_PIXELS));
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> helper.received.isEmpty());

            Api.consent(session, true).then().statusCode(200);
            given().get("/api/sessions/" + session).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("VIEW_ONLY"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                user.send(new ScreenTile(64, 0, 8, 5, 1, SECRET_PIXELS));
                assertThat(helper.received).anyMatch(p -> p instanceof ScreenTile t && t.x() == 64
                    && Arrays.equals(t.data(), SECRET_PIXELS));
            });
            helper.send(new ChatMessage("bob", SECRET_CHAT, Instant.now()));
            await().atMost(Duration.ofSeconds(20))
                .until(() -> user.received.stream().anyMatch(p -> p instanceof ChatMessage c
                    && c.text().equals(SECRET_CHAT)));

            assertThat(seen).isNotEmpty();
            for (Frame frame : seen) {
                if (frame.type().confidential()) {
                    assertThat(frame.encrypted()).as("%s crossed the relay encrypted", frame.type()).isTrue();
                }
                assertThat(indexOf(frame.payload(), SECRET_PIXELS)).isNegative();
                assertThat(indexOf(frame.payload(), SECRET_CHAT.getBytes(StandardCharsets.UTF_8))).isNegative();
            }
            assertThat(seen).extracting(Frame::type).contains(FrameType.AUTH, FrameType.SCREEN_TILE, FrameType.CHAT);

            // input without shared control is held back by the relay as well
            helper.send(new PointerMove(1, 1));
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> user.received.stream().noneMatch(p -> p instanceof PointerMove));
            assertThat(hub.traffic(session)).hasValueSatisfying(t -> {
                assertThat(t.userToHelperBytes()).isPositive();
                assertThat(t.droppedByPolicy()).isGreaterThanOrEqualTo(2);
            });
            user.close();
            assertThat(helper.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        }
    }

    @Test
    void aMalformedFrameClosesTheConnectionWithTheTransportStatus() throws Exception {
        String session = newSession();
        RelayTestPeer user = new RelayTestPeer(session, Role.USER).connect(base.getPort());
        user.sendRaw(new byte[] {0x52, 0x01, 0x77, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(user.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1003);

        RelayTestPeer other = new RelayTestPeer(session, Role.USER).connect(base.getPort());
        byte[] tooLarge = {0x52, 0x01, 0x20, 0, 0, 0, 0, 0, 0, 0, 0x10, 0};
        other.sendRaw(tooLarge);
        assertThat(other.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void theRelayDoesNotOfferToCompressCiphertext() throws Exception {
        String session = newSession();
        String user = Api.sessionUser(session);
        String credentials = java.util.Base64.getEncoder().encodeToString(
            (user + ":" + Api.identity(user, "user")).getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", base.getPort())) {
            socket.setSoTimeout(10_000);
            // what a browser sends: it always offers permessage-deflate
            socket.getOutputStream().write(("GET /relay/" + session + "/USER HTTP/1.1\r\nHost: localhost\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            while (head.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 101").doesNotContainIgnoringCase("permessage-deflate");
        }
    }

    @Test
    void anUnknownSessionIsRefused() throws Exception {
        RelayTestPeer stranger = new RelayTestPeer("3f1c9d8e-0000-4000-8000-000000000000", Role.HELPER, "bob")
            .connect(base.getPort());
        assertThat(stranger.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    }

    @Test
    void onlyTheSessionsUserAndHelperMayBeItsEnds() throws Exception {
        String session = newSession();
        RelayTestPeer helper = new RelayTestPeer(session, Role.HELPER, "not-the-helper").connect(base.getPort());
        assertThat(helper.closeCode.get(10, TimeUnit.SECONDS))
            .isEqualTo(io.remoteassist.transport.api.TransportStatus.REFUSED.webSocketCode());
        RelayTestPeer user = new RelayTestPeer(session, Role.USER, "not-the-user").connect(base.getPort());
        assertThat(user.closeCode.get(10, TimeUnit.SECONDS))
            .isEqualTo(io.remoteassist.transport.api.TransportStatus.REFUSED.webSocketCode());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
