package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.easyconnect.EasyConnectBlob;
import io.remoteassist.invitation.api.easyconnect.EasyConnectKeys;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class EasyConnectIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SOURCES = new AtomicInteger(10);

    @TestHTTPResource("/")
    URI base;

    @Test
    void thePasswordAloneFindsTheInvitationWhichOpensWithIt() throws Exception {
        Published p = publish("ec-nora");
        String source = source();

        SourceAddressHttp.Reply found = lookup(source, EasyConnectKeys.derive(p.password).lookupKeyHex());
        assertThat(found.status()).isEqualTo(200);
        JsonNode entry = JSON.readTree(found.body());
        assertThat(entry.path("invitationId").asText()).isEqualTo(p.id);
        byte[] blob = Base64.getDecoder().decode(entry.path("blob").asText());
        assertThat(new String(blob, StandardCharsets.ISO_8859_1)).doesNotContain("UPLOADINFO");

        byte[] file = EasyConnectBlob.open(EasyConnectKeys.derive(EasyConnectKeys.normalize(
            p.password.substring(0, 4) + "-" + p.password.substring(4).toLowerCase())), blob);
        assertThat(file).isEqualTo(p.file);
        IncidentTicket ticket = MsRcIncidentReader.read(file, p.password);
        assertThat(ticket.userName()).isEqualTo("ec-nora");
        assertThat(ticket.addresses()).isNotEmpty();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(p.id)).anySatisfy(row ->
            assertThat(row).containsEntry("eventType", "InvitationDeliveredEvent")
                .containsEntry("summary", "invitation delivered by EASY_CONNECT to easy-connect directory")));
    }

    @Test
    void aWrongPasswordFindsNothingAndIsAudited() throws Exception {
        publish("ec-olga");
        String source = source();
        SourceAddressHttp.Reply reply = lookup(source, EasyConnectKeys.derive("ABCDEFGHJKLM").lookupKeyHex());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("no invitation for this password");
        awaitFailure(source, "not-found");

        SourceAddressHttp.Reply malformed = lookup(source, "not-a-key");
        assertThat(malformed.status()).isEqualTo(400);
        awaitFailure(source, "malformed");
    }

    @Test
    void tooManyLookupsFromOneSourceAre429AndAuditedOncePerWindow() throws Exception {
        Published p = publish("ec-pia");
        String source = source();
        String wrong = EasyConnectKeys.derive("WRONGWRONG22").lookupKeyHex();
        int refused = 0;
        int notFound = 0;
        for (int i = 0; i < 14; i++) {
            int status = lookup(source, wrong).status();
            if (status == 429) {
                refused++;
            } else if (status == 404) {
                notFound++;
            }
        }
        assertThat(notFound).isEqualTo(10);
        assertThat(refused).isEqualTo(4);
        // even the right password is refused from this source now; another source still gets through
        String right = EasyConnectKeys.derive(p.password).lookupKeyHex();
        SourceAddressHttp.Reply limited = lookup(source, right);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("too many Easy Connect lookups from " + source);
        assertThat(lookup(source(), right).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> rows = failures(source, "rate-limited-source");
            assertThat(rows).hasSize(1);
        });
    }

    @Test
    void anEntryGoesWhenItsInvitationIsAcceptedOrRevoked() throws Exception {
        Published accepted = publish("ec-quinn");
        String key = EasyConnectKeys.derive(accepted.password).lookupKeyHex();
        assertThat(lookup(source(), key).status()).isEqualTo(200);
        assertThat(Invitations.open(accepted.id, "bob", accepted.password).accepted()).isTrue();
        assertThat(lookup(source(), key).status()).isEqualTo(404);

        Published revoked = publish("ec-rita");
        String other = EasyConnectKeys.derive(revoked.password).lookupKeyHex();
        Api.user("ec-rita").contentType("application/json").body(Map.of("actor", "ec-rita"))
            .post("/api/invitations/" + revoked.id + "/revoke").then().statusCode(200);
        assertThat(lookup(source(), other).status()).isEqualTo(404);

        // a closed invitation cannot be published again
        Api.user("ec-rita").contentType("application/json").body(Map.of("invitationId", revoked.id, "lookupKey",
                EasyConnectKeys.derive("NEWPASSWORD2").lookupKeyHex(),
                "blob", Base64.getEncoder().encodeToString(EasyConnectBlob.seal(EasyConnectKeys.derive("NEWPASSWORD2"),
                    revoked.file)), "expiresAt", revoked.expiresAt, "actor", "ec-rita"))
            .post("/api/easy-connect/entries").then().statusCode(410);
    }

    @Test
    void badPublicationsAreRefusedWithAReason() throws Exception {
        Published p = publish("ec-sara");
        Api.user("ec-sara").contentType("application/json").body(Map.of("invitationId", p.id, "lookupKey", "xyz",
            "blob", "AQ==", "expiresAt", p.expiresAt)).post("/api/easy-connect/entries").then().statusCode(400);
        EasyConnectKeys keys = EasyConnectKeys.derive(p.password);
        Api.user("ec-sara").contentType("application/json").body(Map.of("invitationId", p.id, "lookupKey", keys.lookupKeyHex(),
            "blob", "bm90IGEgYmxvYg==", "expiresAt", p.expiresAt)).post("/api/easy-connect/entries")
            .then().statusCode(400);
        // the same invitation twice
        Api.user("ec-sara").contentType("application/json").body(Map.of("invitationId", p.id, "lookupKey", keys.lookupKeyHex(),
            "blob", Base64.getEncoder().encodeToString(EasyConnectBlob.seal(keys, p.file)), "expiresAt", p.expiresAt))
            .post("/api/easy-connect/entries").then().statusCode(409);
        // an unknown invitation
        Api.user("ec-sara").contentType("application/json").body(Map.of("invitationId", java.util.UUID.randomUUID().toString(),
            "lookupKey", EasyConnectKeys.derive("UNKNOWN22222").lookupKeyHex(),
            "blob", Base64.getEncoder().encodeToString(EasyConnectBlob.seal(keys, p.file)), "expiresAt", p.expiresAt))
            .post("/api/easy-connect/entries").then().statusCode(404);
        assertThatThrownBy(() -> EasyConnectBlob.open(EasyConnectKeys.derive("ABCDEFGHJKLM"),
            EasyConnectBlob.seal(keys, p.file))).hasMessageContaining("does not open");
    }

    private record Published(String id, String password, byte[] file, String expiresAt) {
    }

    /** What the User's agent does: create the invitation, seal its file under the password, publish. */
    private static Published publish(String user) {
        Invitations.Made made = Invitations.make(user, user + "-pc.example.test", 30);
        Response created = made.registration();
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");
        String password = made.password();
        byte[] file = made.file();
        String expiresAt = created.jsonPath().getString("expiresAt");
        EasyConnectKeys keys = EasyConnectKeys.derive(password);
        Api.user(user).contentType("application/json").body(Map.of("invitationId", id, "lookupKey", keys.lookupKeyHex(),
                "blob", Base64.getEncoder().encodeToString(EasyConnectBlob.seal(keys, file)), "expiresAt", expiresAt,
                "actor", user))
            .post("/api/easy-connect/entries").then().statusCode(201);
        return new Published(id, password, file, expiresAt);
    }

    private SourceAddressHttp.Reply lookup(String source, String key) throws Exception {
        return SourceAddressHttp.post(base, source, "/api/easy-connect/lookup",
            JSON.writeValueAsString(Map.of("lookupKey", key, "helper", "bob")), "bob", "helper");
    }

    /** A loopback source address no other test uses. */
    private static String source() {
        return "127.0.3." + SOURCES.incrementAndGet();
    }

    private static void awaitFailure(String source, String reason) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failures(source, reason)).isNotEmpty());
    }

    private static List<Map<String, Object>> failures(String source, String reason) {
        List<Map<String, Object>> items = given().queryParam("type", "EasyConnectLookupFailedEvent")
            .queryParam("size", 500).get("/api/audit").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(row -> ("bob@" + source).equals(row.get("actor"))
            && ((String) row.get("summary")).contains(": " + reason)).toList();
    }
}
