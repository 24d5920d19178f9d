package io.remoteassist.server;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN.md §5: the invitation password never reaches the server. Every byte the User's agent and the Helper send
 * the server (registration, e-mail delivery with the file, both handshakes through the relay) passes a recorder in
 * front of it; neither the password nor the SRP-6a verifier is in any of it, in any usual encoding, nor in what
 * the server stored.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PasswordNeverReachesTheServerIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void neitherThePasswordNorTheVerifierReachesTheServer() throws Exception {
        List<byte[]> received;
        Invitations.Made made;
        try (WireRecorder wire = new WireRecorder(RestAssured.port)) {
            made = Invitations.make(wire.port(), "paula", "paula-pc.example.test", 30);
            Api.user("paula").port(wire.port()).contentType("application/json")
                .body(Map.of("channel", "email", "to", "helper@example.test", "actor", "paula",
                    "file", Base64.getEncoder().encodeToString(made.file())))
                .post("/api/invitations/" + made.id() + "/deliveries").then().statusCode(200);
            assertThat(Invitations.open(wire.port(), made.id(), "bob", "NOT-" + made.password()).outcome())
                .isEqualTo("PASSWORD_REJECTED");
            assertThat(Invitations.open(wire.port(), made.id(), "bob", made.password()).accepted()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> made.outcomes().size() == 2);
            received = wire.received();
        }

        // the recorder saw the traffic: the registration, and the SRP identity inside the unmasked relay frames
        String all = new String(concat(received), StandardCharsets.ISO_8859_1);
        assertThat(all).contains("POST /api/invitations HTTP/1.1").contains("\"user\":\"paula\"")
            .contains("GET /relay/invitation/" + made.id() + "/USER").contains("/relay/invitation/" + made.id()
                + "/HELPER").contains(made.id());

        for (byte[] needle : needles(made.password(), made.verifier().verifier())) {
            for (byte[] connection : received) {
                assertThat(indexOf(connection, needle)).as("a secret in the bytes the server received").isEqualTo(-1);
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select payload from domain_event_entry where aggregate_identifier = '"
                 + made.id() + "'")) {
            List<byte[]> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getBytes(1));
            }
            assertThat(stored).hasSizeGreaterThanOrEqualTo(4);
            for (byte[] needle : needles(made.password(), made.verifier().verifier())) {
                for (byte[] payload : stored) {
                    assertThat(indexOf(payload, needle)).as("a secret in a stored event").isEqualTo(-1);
                }
            }
        }
    }

    /** The password and the verifier as text, UTF-16, base64 and hex, and the verifier as raw bytes and decimal. */
    private static List<byte[]> needles(String password, byte[] verifier) {
        List<byte[]> needles = new ArrayList<>();
        needles.add(password.getBytes(StandardCharsets.UTF_8));
        needles.add(password.getBytes(StandardCharsets.UTF_16LE));
        needles.add(Base64.getEncoder().encode(password.getBytes(StandardCharsets.UTF_8)));
        needles.add(verifier);
        needles.add(Base64.getEncoder().encode(verifier));
        needles.add(Base64.getUrlEncoder().withoutPadding().encode(verifier));
        needles.add(HexFormat.of().formatHex(verifier).getBytes(StandardCharsets.US_ASCII));
        needles.add(HexFormat.of().withUpperCase().formatHex(verifier).getBytes(StandardCharsets.US_ASCII));
        needles.add(new BigInteger(1, verifier).toString().getBytes(StandardCharsets.US_ASCII));
        return needles;
    }

    private static byte[] concat(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
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
