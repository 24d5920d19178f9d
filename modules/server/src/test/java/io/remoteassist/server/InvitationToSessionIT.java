package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class InvitationToSessionIT {

    @Test
    void aHelperWithThePasswordGetsASessionTheUserAllowsAndEnds() throws InvitationFileException {
        Response created = Api.createInvitation("alice", "alice-pc.example.test", 60);
        created.then().statusCode(201)
            .body("id", notNullValue()).body("password", notNullValue()).body("expiresAt", notNullValue());
        String id = created.jsonPath().getString("id");
        String password = created.jsonPath().getString("password");
        assertThat(Instant.parse(created.jsonPath().getString("expiresAt")))
            .isBetween(Instant.now().plus(Duration.ofMinutes(58)), Instant.now().plus(Duration.ofMinutes(61)));

        Api.user("mallory").get("/api/invitations/" + id + "/file").then().statusCode(403);
        byte[] file = Api.user("alice").get("/api/invitations/" + id + "/file").then().statusCode(200)
            .extract().asByteArray();
        IncidentTicket ticket = MsRcIncidentReader.read(file, password);
        assertThat(ticket.userName()).isEqualTo("alice");
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain(password);

        Api.accept(id, "bob", "WRONG-PASSWORD").then().statusCode(403).body("error", equalTo("wrong password"));
        String sessionId = Api.accept(id, "bob", password).then().statusCode(200)
            .extract().jsonPath().getString("sessionId");
        Api.accept(id, "carol", password).then().statusCode(410);

        Api.consent(sessionId, true).then().statusCode(200).body("state", equalTo("VIEW_ONLY"));
        Api.consent(sessionId, true).then().statusCode(409);
        Api.end(sessionId, "bob").then().statusCode(200).body("state", equalTo("ENDED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Api.auditTypes(id)).containsExactly("InvitationCreatedEvent",
                "InvitationPasswordRejectedEvent", "InvitationAcceptedEvent", "InvitationOpeningRefusedEvent");
            assertThat(Api.auditTypes(sessionId)).containsExactly("SessionRequestedEvent",
                "ConnectionAllowedEvent", "SessionCommandRefusedEvent", "SessionEndedEvent");
        });
        var first = Api.audit(id).get(0);
        assertThat(first).containsEntry("aggregateType", "Invitation").containsEntry("actor", "alice")
            .containsKeys("time", "summary");
    }

    @Test
    void theUserCanDeclineTheConnection() {
        Response created = Api.createInvitation("dave", "dave-pc.example.test", 30);
        String sessionId = Api.accept(created.jsonPath().getString("id"), "bob",
            created.jsonPath().getString("password")).then().statusCode(200).extract().jsonPath().getString("sessionId");
        Api.consent(sessionId, false).then().statusCode(200).body("state", equalTo("DECLINED"));
        Api.end(sessionId, "bob").then().statusCode(409);
    }

    @Test
    void aRevokedInvitationIsGone() {
        Response created = Api.createInvitation("erin", "erin-pc.example.test", 30);
        String id = created.jsonPath().getString("id");
        Api.user("mallory").contentType("application/json").body("{}").post("/api/invitations/" + id + "/revoke")
            .then().statusCode(403);
        Api.user("erin").contentType("application/json").body("{\"actor\":\"erin\"}")
            .post("/api/invitations/" + id + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        Api.accept(id, "bob", created.jsonPath().getString("password")).then().statusCode(410)
            .body("error", equalTo("the User revoked the invitation"));
    }

    @Test
    void fiveWrongPasswordsLockTheInvitation() {
        Response created = Api.createInvitation("frank", "frank-pc.example.test", 30);
        String id = created.jsonPath().getString("id");
        for (int i = 0; i < 5; i++) {
            Api.accept(id, "mallory", "guess-" + i).then().statusCode(403);
        }
        Api.accept(id, "bob", created.jsonPath().getString("password")).then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(id)).contains("InvitationLockedOutEvent").endsWith("InvitationOpeningRefusedEvent"));
    }

    @Test
    void badInputGetsAClearError() {
        Api.createInvitation("alice", "alice-pc", 100_000).then().statusCode(400)
            .body("error", equalTo("expiresInMinutes must be between 1 and 360"));
        Api.user("alice").contentType("application/json").body("{\"user\":\"alice\"}").post("/api/invitations")
            .then().statusCode(400).body("error", equalTo("computer is required"));
        Api.user("alice").contentType("application/json").body("{\"user\":\"mallory\",\"computer\":\"pc\"}")
            .post("/api/invitations").then().statusCode(403)
            .body("error", equalTo("user is mallory but you are signed in as alice: a request acts only for the "
                + "signed-in identity (leave user out or give your own name)"));
        Api.accept("not-a-uuid", "bob", "x").then().statusCode(404);
        Api.accept("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e99", "bob", "x").then().statusCode(404);
        Api.consent("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e98", true).then().statusCode(404);
        given().get("/api/audit?from=yesterday").then().statusCode(400);
    }

    @Test
    void theFileOfAnInvitationDoesNotOpenWithAWrongPassword() {
        Response created = Api.createInvitation("gina", "gina-pc.example.test", 30);
        byte[] file = Api.helper("bob").get(created.jsonPath().getString("fileUrl")).then().statusCode(200)
            .extract().asByteArray();
        assertThatThrownBy(() -> MsRcIncidentReader.read(file, "NOT-THE-PASSWORD"))
            .isInstanceOf(InvitationFileException.class);
        assertThat(List.of(created.jsonPath().getString("fileName"))).allMatch(n -> n.endsWith(".msrcincident"));
    }
}
