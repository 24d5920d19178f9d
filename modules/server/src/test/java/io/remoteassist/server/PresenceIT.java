package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PresenceIT {

    @TestHTTPResource("/")
    URI base;

    @Test
    void buddiesSeeEachOtherComeAndGo() throws Exception {
        String alice = name("alice");
        String bob = name("bob");
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(201);
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(200);

        try (PresenceClient aliceClient = PresenceClient.connect(base, alice, "user")) {
            JsonNode snapshot = aliceClient.await("presence", "user", alice);
            assertThat(snapshot.at("/buddies/0/name").asText()).isEqualTo(bob);
            assertThat(snapshot.at("/buddies/0/online").asBoolean()).isFalse();

            PresenceClient bobClient = PresenceClient.connect(base, bob, "helper");
            aliceClient.await("online", "user", bob);
            Api.as(alice, "user").get("/api/presence/" + alice + "/buddies").then().statusCode(200)
                .body("[0].name", equalTo(bob)).body("[0].online", equalTo(true));
            bobClient.close();
            aliceClient.await("offline", "user", bob);
            Api.as(alice, "user").get("/api/presence/" + alice + "/buddies").then().body("[0].online", equalTo(false));
        }
        Api.as(alice, "user").delete("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(200);
        Api.as(alice, "user").delete("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(404);
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/" + alice).then().statusCode(400);
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/bad%20name").then().statusCode(400);
    }

    @Test
    void anImInvitationReachesTheBuddyWhoAcceptsItAndOpensTheFileWithThePassword() throws Exception {
        String alice = name("alice");
        String bob = name("bob");
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(201);
        Invitations.Made made = Invitations.make(alice, alice + "-pc.example.test", 30);
        Response created = made.registration();
        String id = created.jsonPath().getString("id");
        String password = made.password();
        String file = Base64.getEncoder().encodeToString(
            made.file());
        Map<String, Object> im = Map.of("from", alice, "to", bob, "invitationId", id, "file", file,
            "expiresAt", created.jsonPath().getString("expiresAt"));

        // offline buddy, not a buddy, not a file
        Api.as(alice, "user").contentType("application/json").body(im).post("/api/im/invitations").then().statusCode(409)
            .body("error", containsString("offline"));
        try (PresenceClient bobClient = PresenceClient.connect(base, bob, "helper")) {
            Api.as(bob, "helper").contentType("application/json").body(Map.of("from", bob, "to", alice, "invitationId", id,
                "file", file)).post("/api/im/invitations").then().statusCode(409)
                .body("error", containsString("not on " + bob + "'s buddy list"));
            Api.as(alice, "user").contentType("application/json").body(Map.of("from", alice, "to", bob, "invitationId", id,
                    "file", Base64.getEncoder().encodeToString("<html/>".getBytes())))
                .post("/api/im/invitations").then().statusCode(400).body("error", containsString("not an invitation"));

            String messageId = Api.as(alice, "user").contentType("application/json").body(im).post("/api/im/invitations").then()
                .statusCode(202).extract().jsonPath().getString("id");
            JsonNode arrived = bobClient.await("invitation", "id", messageId);
            assertThat(arrived.path("from").asText()).isEqualTo(alice);
            assertThat(arrived.path("invitationId").asText()).isEqualTo(id);
            assertThat(arrived.path("user").asText()).isEqualTo(alice);
            byte[] bytes = Base64.getDecoder().decode(arrived.path("file").asText());
            IncidentTicket ticket = MsRcIncidentReader.read(bytes, password);
            assertThat(ticket.userName()).isEqualTo(alice);

            bobClient.send(Map.of("type", "accept", "id", messageId));
            bobClient.await("accepted", "id", messageId);
            bobClient.send(Map.of("type", "accept", "id", messageId));
            assertThat(bobClient.await(m -> m.path("type").asText().equals("error")).path("error").asText())
                .contains("no pending invitation");
        }
        // a Helper who comes back finds no answered invitation waiting
        try (PresenceClient again = PresenceClient.connect(base, bob, "helper")) {
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> again.messages().stream().noneMatch(m -> m.path("type").asText().equals("invitation")));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(id)).anySatisfy(row ->
            assertThat(row).containsEntry("eventType", "InvitationDeliveredEvent")
                .containsEntry("summary", "invitation delivered by IM to " + bob).containsEntry("actor", alice)));
    }

    @Test
    void aPendingImInvitationWaitsForTheHelperToReconnectAndGoesWhenRevoked() throws Exception {
        String alice = name("alice");
        String bob = name("bob");
        Api.as(alice, "user").put("/api/presence/" + alice + "/buddies/" + bob).then().statusCode(201);
        Invitations.Made made = Invitations.make(alice, alice + "-pc.example.test", 30);
        Response created = made.registration();
        String id = created.jsonPath().getString("id");
        Map<String, Object> im = Map.of("from", alice, "to", bob, "invitationId", id, "file",
            Base64.getEncoder().encodeToString(made.file()),
            "expiresAt", created.jsonPath().getString("expiresAt"));
        String messageId;
        try (PresenceClient bobClient = PresenceClient.connect(base, bob, "helper")) {
            messageId = Api.as(alice, "user").contentType("application/json").body(im).post("/api/im/invitations").then()
                .statusCode(202).extract().jsonPath().getString("id");
            bobClient.await("invitation", "id", messageId);
        }
        try (PresenceClient bobClient = PresenceClient.connect(base, bob, "helper")) {
            bobClient.await("invitation", "id", messageId);
        }
        Api.as(alice, "user").contentType("application/json").body(Map.of("actor", alice)).post("/api/invitations/" + id + "/revoke")
            .then().statusCode(200);
        try (PresenceClient bobClient = PresenceClient.connect(base, bob, "helper")) {
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
                bobClient.messages().stream().noneMatch(m -> m.path("type").asText().equals("invitation")));
            bobClient.send(Map.of("type", "accept", "id", messageId));
            bobClient.await(m -> m.path("type").asText().equals("error"));
        }
    }

    @Test
    void unknownMessagesAndRelaysToStrangersGetAnError() throws Exception {
        try (PresenceClient client = PresenceClient.connect(base, name("carl"), "user")) {
            client.send(Map.of("type", "dance"));
            assertThat(client.await(m -> m.path("type").asText().equals("error")).path("error").asText())
                .contains("type must be");
            client.send(Map.of("type", "contact", "to", "nobody", "payload", Map.of("x", 1)));
            client.await(m -> m.path("error").asText().contains("is not a trusted contact"));
        }
    }

    @Test
    void aConnectionIsPresentOnlyAsItsSignedInIdentity() throws Exception {
        String carl = name("carl");
        String dave = name("dave");
        Api.as(dave, "user").put("/api/presence/" + dave + "/buddies/" + carl).then().statusCode(201);
        try (PresenceClient daveClient = PresenceClient.connect(base, dave, "user")) {
            // a hello as someone else: an error saying why, then the connection closes (policy violation)
            try (PresenceClient impostor = PresenceClient.open(base, carl, "user")) {
                impostor.send(Map.of("type", "hello", "user", dave));
                assertThat(impostor.await(m -> m.path("type").asText().equals("error")).path("error").asText())
                    .contains("hello as " + dave + " refused").contains("signed in as " + carl);
                assertThat(impostor.awaitClose()).isEqualTo("1008 signed in as " + carl + ", not " + dave);
            }
            assertThat(daveClient.messages()).noneMatch(m -> m.path("type").asText().equals("online"));
            // a hello that names no one is the signed-in identity's
            try (PresenceClient plain = PresenceClient.open(base, carl, "user")) {
                plain.send(Map.of("type", "hello"));
                assertThat(plain.await("presence", "user", carl)).isNotNull();
                daveClient.await("online", "user", carl);
            }
            daveClient.await("offline", "user", carl);
        }
    }

    static String name(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
