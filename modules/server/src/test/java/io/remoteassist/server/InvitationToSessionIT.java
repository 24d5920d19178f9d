package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.transport.handshake.HandshakeResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The User's agent makes the invitation (password, SRP-6a verifier, file) and registers metadata only; the Helper
 * proves the password to the agent through the server's relay; the server records what the agent answered.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class InvitationToSessionIT {

    @Test
    void aHelperWithThePasswordGetsASessionTheUserAllowsAndEnds() throws InvitationFileException {
        Invitations.Made made = Invitations.make("alice", "alice-pc.example.test", 60);
        made.registration().then().body("id", notNullValue()).body("agentKey", notNullValue())
            .body("password", nullValue()).body("relayPath", nullValue());
        String id = made.id();

        IncidentTicket ticket = MsRcIncidentReader.read(made.file(), made.password());
        assertThat(ticket.userName()).isEqualTo("alice");
        assertThat(new String(made.file(), StandardCharsets.UTF_8)).doesNotContain(made.password());

        assertThat(Invitations.open(id, "bob", "WRONG-PASSWORD").outcome()).isEqualTo("PASSWORD_REJECTED");
        HandshakeResult accepted = Invitations.open(id, "bob", made.password());
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.sessionKey()).hasSize(32);
        await().atMost(Duration.ofSeconds(10)).until(() -> made.outcomes().size() == 2);
        assertThat(made.outcomes()).containsExactly("rejected", "accepted " + accepted.sessionId());
        assertThat(Invitations.open(id, "carol", made.password()).outcome()).isEqualTo("ALREADY_USED");

        String sessionId = accepted.sessionId();
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/sessions/" + sessionId).statusCode() == 200);
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
        String sessionId = Api.acceptedSession("dave", "dave-pc.example.test", "bob");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/sessions/" + sessionId).statusCode() == 200);
        Api.consent(sessionId, false).then().statusCode(200).body("state", equalTo("DECLINED"));
        Api.end(sessionId, "bob").then().statusCode(409);
    }

    @Test
    void aRevokedInvitationIsRefusedByTheRelayWithTheReason() {
        Invitations.Made made = Invitations.make("erin", "erin-pc.example.test", 30);
        String id = made.id();
        Api.user("erin").contentType("application/json").body(Map.of("actor", "erin", "reason", "agent closed"))
            .post("/api/invitations/" + id + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        assertThat(Invitations.open(id, "bob", made.password()).outcome()).isEqualTo("REVOKED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Api.audit(id)).anySatisfy(row -> assertThat(row)
                .containsEntry("eventType", "InvitationRevokedEvent")
                .containsEntry("summary", "erin revoked the invitation: agent closed"));
            assertThat(Api.audit(id)).anySatisfy(row -> assertThat(row)
                .containsEntry("eventType", "InvitationOpeningRefusedEvent")
                .containsEntry("summary", "bob was refused: revoked"));
        });
        made.close();
    }

    @Test
    void fiveWrongPasswordsLockTheInvitationAndThenTheAgentIsNotEvenAsked() {
        Invitations.Made made = Invitations.make("frank", "frank-pc.example.test", 30);
        String id = made.id();
        for (int i = 0; i < 4; i++) {
            assertThat(Invitations.open(id, "mallory", "guess-" + i).outcome()).isEqualTo("PASSWORD_REJECTED");
        }
        assertThat(Invitations.open(id, "mallory", "guess-4").outcome()).isEqualTo("LOCKED_OUT");
        assertThat(Invitations.open(id, "bob", made.password()).outcome()).isEqualTo("LOCKED_OUT");
        await().atMost(Duration.ofSeconds(10)).until(() -> made.outcomes().contains("ended LOCKED_OUT"));
        // the agent checked five proofs, not six: the last attempt was refused by the relay without asking it
        assertThat(made.outcomes()).filteredOn("rejected"::equals).hasSize(5);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(id)).containsExactly("InvitationCreatedEvent",
                "InvitationPasswordRejectedEvent", "InvitationPasswordRejectedEvent",
                "InvitationPasswordRejectedEvent", "InvitationPasswordRejectedEvent",
                "InvitationPasswordRejectedEvent", "InvitationLockedOutEvent", "InvitationOpeningRefusedEvent"));
    }

    @Test
    void withoutItsAgentAnInvitationCannotBeOpened() {
        Invitations.Made made = Invitations.make("gwen", "gwen-pc.example.test", 30);
        made.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !made.responder().isRunning());
        await().atMost(Duration.ofSeconds(60)).until(() ->
            "AGENT_NOT_RUNNING".equals(Invitations.open(made.id(), "bob", made.password()).outcome()));
    }

    @Test
    void onlyTheRegisteringAgentMayAnswerHelpers() throws Exception {
        Invitations.Made made = Invitations.make("hugo", "hugo-pc.example.test", 30);
        var impostor = io.remoteassist.transport.handshake.FrameSocket.connect(
            Invitations.relay("/relay/invitation/" + made.id() + "/USER"),
            Map.of("X-RA-Agent-Key", "not-the-key"), Duration.ofSeconds(5));
        Object closed = impostor.receive(Duration.ofSeconds(10));
        assertThat(closed).isEqualTo(new io.remoteassist.transport.handshake.FrameSocket.Closed(1008, "NOT_THE_AGENT"));
        assertThat(Invitations.open(made.id(), "bob", made.password()).accepted()).isTrue();
    }

    @Test
    void badInputGetsAClearError() {
        Api.createInvitation("alice", "alice-pc", 100_000).then().statusCode(400)
            .body("error", equalTo("expiresInMinutes must be between 1 and 360"));
        Api.user("alice").contentType("application/json").body("{\"user\":\"mallory\",\"computer\":\"pc\"}")
            .post("/api/invitations").then().statusCode(403).body("error", containsString("signed in as alice"));
        Api.user("alice").contentType("application/json")
            .body(Map.of("user", "alice", "computer", "pc", "password", "K7M2P9QX4TRW"))
            .post("/api/invitations").then().statusCode(400).body("error", containsString("stay in the User's agent"));
        assertThat(Invitations.open("not-a-uuid", "bob", "x").outcome()).isEqualTo("NOT_FOUND");
        assertThat(Invitations.open("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e99", "bob", "x").outcome())
            .isEqualTo("NOT_FOUND");
        given().post("/api/invitations/7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e99/accept").then().statusCode(404);
        Api.consent("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e98", true).then().statusCode(404);
        given().get("/api/audit?from=yesterday").then().statusCode(400);
    }

    @Test
    void theFileOfAnInvitationDoesNotOpenWithAWrongPassword() {
        try (Invitations.Made made = Invitations.make("gina", "gina-pc.example.test", 30)) {
            assertThatThrownBy(() -> MsRcIncidentReader.read(made.file(), "NOT-THE-PASSWORD"))
                .isInstanceOf(InvitationFileException.class);
            assertThat(Invitations.open(made.id(), "bob", "NOT-THE-PASSWORD").outcome())
                .isEqualTo("PASSWORD_REJECTED");
        }
    }
}
