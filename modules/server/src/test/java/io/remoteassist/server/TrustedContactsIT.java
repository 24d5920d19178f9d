package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.contacts.ContactCard;
import io.remoteassist.invitation.api.contacts.ContactHandshake;
import io.remoteassist.invitation.api.contacts.ContactIdentity;
import io.remoteassist.invitation.api.contacts.ContactStore;
import io.remoteassist.invitation.api.contacts.SealedInvitation;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class TrustedContactsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void afterASessionTheTwoExchangeCardsThenAuthenticateByCertificateWithoutAPassword(@TempDir Path userDir,
                                                                                      @TempDir Path helperDir)
        throws Exception {
        String alice = PresenceIT.name("alice");
        String bob = PresenceIT.name("bob");
        ContactIdentity aliceId = ContactIdentity.loadOrCreate(userDir, alice);
        ContactIdentity bobId = ContactIdentity.loadOrCreate(helperDir, bob);

        String session = finishedSession(alice, bob);
        assertThat(card(session, alice, aliceId).jsonPath().getBoolean("exchanged")).isFalse();
        Api.as(alice, "user").get("/api/contacts/exchanges/" + session + "?for=" + alice).then().statusCode(200)
            .body("exchanged", equalTo(false)).body("waitingFor", equalTo(bob));
        assertThat(card(session, bob, bobId).jsonPath().getBoolean("exchanged")).isTrue();

        // each end fetches the other's card and keeps it in its own state directory
        ContactStore aliceContacts = new ContactStore(userDir, alice);
        ContactStore bobContacts = new ContactStore(helperDir, bob);
        aliceContacts.keep(peerCard(session, alice));
        bobContacts.keep(peerCard(session, bob));
        assertThat(aliceContacts.find(bob).orElseThrow().fingerprint()).isEqualTo(bobId.fingerprint());
        assertThat(bobContacts.find(alice).orElseThrow().fingerprint()).isEqualTo(aliceId.fingerprint());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit("contacts-" + session))
            .anySatisfy(row -> assertThat(row).containsEntry("eventType", "ContactsExchangedEvent")
                .containsEntry("actor", alice)
                .containsEntry("summary", alice + " and " + bob + " became trusted contacts after session " + session)));
        Api.as(alice, "user").get("/api/contacts/" + alice).then().statusCode(200)
            .body("[0].name", equalTo(bob)).body("[0].fingerprint", equalTo(bobId.fingerprint()))
            .body("[0].online", equalTo(false));

        // next time: the User sees the Helper online and invites him; the handshake goes through /presence
        try (PresenceClient helper = PresenceClient.connect(base, bob, "helper");
             PresenceClient user = PresenceClient.connect(base, alice, "user")) {
            Api.as(alice, "user").get("/api/contacts/" + alice).then().body("[0].online", equalTo(true));
            ContactHandshake.Initiator initiator = ContactHandshake.initiate(aliceId, aliceContacts.find(bob)
                .orElseThrow());
            user.send(Map.of("type", "contact", "to", bob, "payload", Map.of("step", "hello", "hello",
                initiator.hello())));

            JsonNode hello = helper.await(m -> m.path("type").asText().equals("contact")
                && m.at("/payload/step").asText().equals("hello"));
            assertThat(hello.path("from").asText()).isEqualTo(alice);
            ContactHandshake.Hello received = JSON.treeToValue(hello.at("/payload/hello"),
                ContactHandshake.Hello.class);
            ContactHandshake.Responder responder = ContactHandshake.respond(bobId,
                bobContacts.find(hello.path("from").asText()).orElseThrow(), received);
            helper.send(Map.of("type", "contact", "to", alice, "payload", Map.of("step", "reply", "reply",
                responder.reply())));

            JsonNode reply = user.await(m -> m.at("/payload/step").asText().equals("reply"));
            ContactHandshake.Completed completed = initiator.finish(JSON.treeToValue(reply.at("/payload/reply"),
                ContactHandshake.Reply.class));
            user.send(Map.of("type", "contact", "to", bob, "payload", Map.of("step", "finish", "finish",
                completed.finish())));

            JsonNode finish = helper.await(m -> m.at("/payload/step").asText().equals("finish"));
            ContactHandshake.Result atHelper = responder.complete(JSON.treeToValue(finish.at("/payload/finish"),
                ContactHandshake.Finish.class));
            assertThat(atHelper.sessionKey()).isEqualTo(completed.result().sessionKey());
            assertThat(atHelper.confirmationCode()).isEqualTo(completed.result().confirmationCode());
            assertThat(atHelper.peerFingerprint()).isEqualTo(aliceId.fingerprint());

            // the User's agent hands the invitation over under the session key; the Helper types no password
            Invitations.Made invitationMade = Invitations.make(alice, alice + "-pc.example.test", 30);
            Response invitation = invitationMade.registration();
            String id = invitation.jsonPath().getString("id");
            SealedInvitation sealed = SealedInvitation.seal(completed.result().sessionKey(),
                new SealedInvitation.Content(id, invitationMade.password(),
                    invitationMade.file()));
            user.send(Map.of("type", "contact", "to", bob, "payload", Map.of("step", "invitation", "invitation",
                sealed)));
            JsonNode handed = helper.await(m -> m.at("/payload/step").asText().equals("invitation"));
            SealedInvitation.Content content = JSON.treeToValue(handed.at("/payload/invitation"),
                SealedInvitation.class).open(atHelper.sessionKey());
            assertThat(MsRcIncidentReader.read(content.file(), content.password()).userName()).isEqualTo(alice);
            Api.as(alice, "user").contentType("application/json").body(Map.of("invitationId", id, "from", alice, "to", bob))
                .post("/api/contacts/deliveries").then().statusCode(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(id)).anySatisfy(row ->
                assertThat(row).containsEntry("eventType", "InvitationDeliveredEvent")
                    .containsEntry("summary", "invitation delivered by EASY_CONNECT to trusted contact " + bob)));
            assertThat(Invitations.open(content.invitationId(), bob, content.password()).accepted()).isTrue();

            // someone who is not a trusted contact cannot use the relay
            try (PresenceClient mallory = PresenceClient.connect(base, PresenceIT.name("mallory"), "helper")) {
                mallory.send(Map.of("type", "contact", "to", bob, "payload", Map.of("step", "hello")));
                mallory.await(m -> m.path("error").asText().contains("is not a trusted contact"));
                Api.as(alice, "user").contentType("application/json").body(Map.of("invitationId", id, "from", alice, "to",
                    "mallory")).post("/api/contacts/deliveries").then().statusCode(409);
            }
        }
    }

    @Test
    void cardsAreRefusedForStrangersUnconsentedSessionsAndBadCertificates(@TempDir Path dir) throws Exception {
        String alice = PresenceIT.name("alice");
        String bob = PresenceIT.name("bob");
        String session = finishedSession(alice, bob);
        ContactIdentity eve = ContactIdentity.loadOrCreate(dir, "eve");
        Api.as("eve", "user").contentType("application/json").body(Map.of("owner", "eve", "certificate",
                eve.card().certificatePem())).post("/api/contacts/exchanges/" + session + "/cards")
            .then().statusCode(403);
        Api.as(alice, "user").contentType("application/json").body(Map.of("owner", alice, "certificate",
                eve.card().certificatePem())).post("/api/contacts/exchanges/" + session + "/cards")
            .then().statusCode(400).body("error", containsString("not to " + alice));
        Api.as(alice, "user").contentType("application/json").body(Map.of("owner", alice, "certificate", "garbage"))
            .post("/api/contacts/exchanges/" + session + "/cards").then().statusCode(400);

        Invitations.Made made = Invitations.make(alice, alice + "-pc.example.test", 30);
        Response created = made.registration();
        String waiting = Invitations.open(created.jsonPath().getString("id"), bob, made.password()).sessionId();
        Api.as(alice, "user").contentType("application/json").body(Map.of("owner", alice, "certificate",
                ContactIdentity.create(alice).card().certificatePem()))
            .post("/api/contacts/exchanges/" + waiting + "/cards").then().statusCode(409)
            .body("error", containsString("awaiting consent"));
        Api.as(alice, "user").get("/api/contacts/exchanges/" + java.util.UUID.randomUUID() + "?for=" + alice).then().statusCode(404);
    }

    private static String finishedSession(String user, String helper) {
        Invitations.Made made = Invitations.make(user, user + "-pc.example.test", 30);
        Response created = made.registration();
        String session = Invitations.open(created.jsonPath().getString("id"), helper,
            made.password()).sessionId();
        Api.consent(session, true).then().statusCode(200);
        Api.end(session, user).then().statusCode(200);
        return session;
    }

    private static Response card(String session, String owner, ContactIdentity identity) {
        Response r = Api.as(owner, owner.equals(Api.sessionUser(session)) ? "user" : "helper").contentType("application/json").body(Map.of("owner", owner, "certificate",
            identity.card().certificatePem())).post("/api/contacts/exchanges/" + session + "/cards");
        r.then().statusCode(200);
        return r;
    }

    private static ContactCard peerCard(String session, String owner) {
        var json = Api.as(owner, owner.equals(Api.sessionUser(session)) ? "user" : "helper").get("/api/contacts/exchanges/" + session + "?for=" + owner).then().statusCode(200)
            .body("exchanged", equalTo(true)).extract().jsonPath();
        return new ContactCard(json.getString("peer.name"), json.getString("peer.certificate"));
    }
}
