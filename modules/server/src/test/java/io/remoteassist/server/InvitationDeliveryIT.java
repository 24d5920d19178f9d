package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.invitation.api.file.IncidentTicket;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.server.invitation.InvitationExpiry;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class InvitationDeliveryIT {

    @Inject
    InvitationExpiry expiry;

    @Inject
    TestClock clock;

    @Test
    void anEmailedInvitationArrivesWithTheFileThatOpensWithThePassword() throws Exception {
        Invitations.Made made = Invitations.make("kate", "kate-pc.example.test", 30);
        String id = made.id();
        String password = made.password();
        int before = LocalStackResource.smtp().getReceivedMessages().length;

        // the agent hands over the file it wrote (only the password-encrypted ticket), never the password
        Api.user("kate").contentType("application/json")
            .body(Map.of("channel", "email", "to", "helper@example.test", "actor", "kate",
                "file", Base64.getEncoder().encodeToString(made.file())))
            .post("/api/invitations/" + id + "/deliveries").then().statusCode(200).body("channel", equalTo("EMAIL"));

        assertThat(LocalStackResource.smtp().waitForIncomingEmail(10_000, before + 1)).isTrue();
        MimeMessage mail = LocalStackResource.smtp().getReceivedMessages()[before];
        assertThat(mail.getSubject()).contains("kate");
        assertThat(Arrays.toString(mail.getAllRecipients())).contains("helper@example.test");
        Multipart parts = (Multipart) mail.getContent();
        String text = null;
        byte[] attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                attachment = read(part.getInputStream());
            } else {
                text = part.getContent().toString();
            }
        }
        assertThat(text).contains("kate would like your help").contains("password").doesNotContain(password);
        assertThat(attachment).isNotNull();
        IncidentTicket ticket = MsRcIncidentReader.read(attachment, password);
        assertThat(ticket.userName()).isEqualTo("kate");
        assertThat(Invitations.open(id, "bob", password).accepted()).isTrue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(id))
            .anySatisfy(row -> assertThat(row).containsEntry("eventType", "InvitationDeliveredEvent")
                .containsEntry("summary", "invitation delivered by EMAIL to helper@example.test")));
    }

    @Test
    void theMailtoMethodGivesALinkThatDeliversTheFileOnce() throws Exception {
        try (Invitations.Made made = Invitations.make("liam", "liam-pc.example.test", 30)) {
            String id = made.id();
            String mailto = Api.user("liam").contentType("application/json")
                .body(Map.of("channel", "email", "to", "helper@example.test", "method", "mailto", "actor", "liam",
                    "file", Base64.getEncoder().encodeToString(made.file())))
                .post("/api/invitations/" + id + "/deliveries").then().statusCode(200)
                .body("mailto", startsWith("mailto:helper%40example.test?subject=")).extract().path("mailto");
            String body = URLDecoder.decode(mailto.substring(mailto.indexOf("&body=") + 6), StandardCharsets.UTF_8);
            assertThat(body).contains("/api/invitations/" + id + "/file");
            byte[] downloaded = Api.helper("bob").get("/api/invitations/" + id + "/file").then().statusCode(200)
                .extract().asByteArray();
            assertThat(MsRcIncidentReader.read(downloaded, made.password()).userName()).isEqualTo("liam");
            Api.helper("bob").get("/api/invitations/" + id + "/file").then().statusCode(404);
        }
    }

    @Test
    void aFileThatIsNotThisInvitationsIsRefused() {
        try (Invitations.Made made = Invitations.make("lena", "lena-pc.example.test", 30);
             Invitations.Made other = Invitations.make("lena", "lena-pc.example.test", 30)) {
            Api.user("lena").contentType("application/json")
                .body(Map.of("channel", "email", "to", "helper@example.test", "actor", "lena",
                    "file", Base64.getEncoder().encodeToString(other.file())))
                .post("/api/invitations/" + made.id() + "/deliveries").then().statusCode(400)
                .body("error", equalTo("file is not the file of invitation " + made.id()));
            Api.user("lena").contentType("application/json")
                .body(Map.of("channel", "email", "to", "helper@example.test", "actor", "lena",
                    "file", Base64.getEncoder().encodeToString("<UPLOADINFO/>".getBytes(StandardCharsets.UTF_8))))
                .post("/api/invitations/" + made.id() + "/deliveries").then().statusCode(400)
                .body("error", startsWith("file is not an invitation file: "));
        }
    }

    @Test
    void aFileDeliveryIsRecordedAndBadChannelsAreRefused() {
        String id = Api.createInvitation("mia", "mia-pc.example.test", 30).jsonPath().getString("id");
        Api.user("mia").contentType("application/json").body(Map.of("channel", "file", "target", "/media/usb", "actor", "mia"))
            .post("/api/invitations/" + id + "/deliveries").then().statusCode(200);
        Api.user("mia").contentType("application/json").body(Map.of("channel", "pigeon"))
            .post("/api/invitations/" + id + "/deliveries").then().statusCode(400);
        Api.user("mia").contentType("application/json").body(Map.of("channel", "email", "to", "not an address"))
            .post("/api/invitations/" + id + "/deliveries").then().statusCode(400)
            .body("error", equalTo("to must be one e-mail address"));
    }

    @Test
    void aDueInvitationExpiresByItselfAndCannotBeOpened() {
        Invitations.Made made = Invitations.make("noah", "noah-pc.example.test", 1);
        String id = made.id();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(id)).contains("InvitationCreatedEvent"));
        clock.advance(Duration.ofMinutes(2));
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Api.auditTypes(id)).startsWith("InvitationCreatedEvent", "InvitationExpiredEvent"));
            assertThat(Invitations.open(id, "bob", made.password()).outcome()).isEqualTo("EXPIRED");
            await().atMost(Duration.ofSeconds(10)).until(() -> !made.responder().isRunning());
            Api.helper("bob").get("/api/invitations/" + id + "/file").then().statusCode(404);
            await().atMost(Duration.ofSeconds(20)).until(() -> expiry.fireDue() == 0);
        } finally {
            clock.reset();
        }
    }

    private static byte[] read(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
