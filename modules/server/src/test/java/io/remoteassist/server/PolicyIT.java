package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class PolicyIT {

    private static final String DOMAIN = "contoso.test";

    @ConfigProperty(name = "ra.kafka.topic")
    String topic;

    private String n;

    @BeforeEach
    void aDirectoryExists() {
        n = UUID.randomUUID().toString().substring(0, 6);
        if (given().get("/api/directory").statusCode() == 404) {
            json(Map.of("domain", DOMAIN, "netbiosName", "CONTOSO")).post("/api/directory")
                .then().statusCode(201).body("domain", equalTo(DOMAIN));
        }
    }

    @Test
    void theRsopFollowsLinkPrecedenceEnforcementAndBlockInheritance() {
        String corp = "Corp" + n;
        String sales = corp + "/Sales";
        String laptops = sales + "/Laptops";
        for (String ou : List.of(corp, sales, laptops)) {
            json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        }
        String pc = "pc-" + n + "." + DOMAIN;
        json(Map.of("fqdn", pc, "ipAddresses", List.of("10.9.0." + (n.hashCode() & 0x7f)), "ou", laptops))
            .post("/api/directory/computers").then().statusCode(201);
        String corpGpo = gpo("Corp RA " + n);
        String salesGpo = gpo("Sales RA " + n);
        setting(corpGpo, "solicited", "enabled control=view maxTicket=2h");
        setting(salesGpo, "solicited", "enabled control=full maxTicket=4h");
        setting(salesGpo, "logging", "enabled");
        link(corpGpo, "ou:" + corp, true);
        link(salesGpo, "ou:" + sales, false);

        Response rsop = given().queryParam("computer", pc).get("/api/policy/rsop");
        rsop.then().statusCode(200).body("computer", equalTo(pc));
        Map<String, Object> solicited = setting(rsop, "solicited");
        assertThat(solicited).containsEntry("state", "enabled").containsEntry("source", "policy");
        assertThat((Map<String, Object>) solicited.get("options")).containsEntry("control", "view")
            .containsEntry("maxTicket", "2h");
        assertThat((Map<String, Object>) solicited.get("winner")).containsEntry("gpoName", "Corp RA " + n)
            .containsEntry("container", "ou:" + corp).containsEntry("enforced", true);
        List<Map<String, Object>> lost = (List<Map<String, Object>>) solicited.get("lost");
        assertThat(lost).singleElement().satisfies(l ->
            assertThat((Map<String, Object>) l.get("from")).containsEntry("gpoName", "Sales RA " + n));
        assertThat(setting(rsop, "logging")).containsEntry("state", "enabled");

        json(Map.of("container", "ou:" + laptops, "blocked", true)).put("/api/directory/block-inheritance")
            .then().statusCode(200);

        Response blocked = given().queryParam("computer", pc).get("/api/policy/rsop");
        assertThat((Map<String, Object>) setting(blocked, "solicited").get("winner"))
            .containsEntry("gpoName", "Corp RA " + n);
        assertThat(setting(blocked, "logging")).containsEntry("state", "not-configured")
            .containsEntry("source", "default");
        assertThat(blocked.jsonPath().getList("filtered", Map.class)).anySatisfy(f ->
            assertThat((Map<String, Object>) f).containsEntry("gpoName", "Sales RA " + n)
                .containsEntry("reason", "blocked-by-inheritance"));
    }

    @Test
    void aDisabledSolicitedSettingRefusesTheInvitationNamingTheGpo() {
        String pc = computerInOwnOu("Help" + n);
        String gpo = gpo("No RA " + n);
        Api.as("carol", "admin").contentType(ContentType.JSON)
            .body(Map.of("line", "solicited disabled", "actor", "carol"))
            .put("/api/policy/gpos/" + gpo + "/settings/solicited").then().statusCode(200)
            .body("line", equalTo("solicited disabled"));
        link(gpo, "ou:Help" + n, false);

        Response refused = Api.createInvitation("ursula", pc, 30);
        refused.then().statusCode(403)
            .body("error", containsString("Configure Solicited Remote Assistance"))
            .body("error", containsString("No RA " + n));
        String invitationId = recordedId(refused.jsonPath().getString("error"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> audit = Api.audit(invitationId);
            assertThat(audit).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("eventType", "InvitationRefusedByPolicyEvent").containsEntry("actor", "ursula")
                .extracting(e -> (String) e.get("summary")).asString().contains("No RA " + n));
            assertThat(Api.audit(gpo)).extracting(e -> e.get("eventType") + "/" + e.get("actor"))
                .contains("PolicyObjectCreatedEvent/" + LocalStackResource.OPERATOR, "PolicySettingChangedEvent/carol");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TopicReader.Received> records = TopicReader.readAll(
                LocalStackResource.kafka().bootstrapServers(), topic).stream()
                .filter(r -> invitationId.equals(r.key())).toList();
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.event().path("type").asText())
                    .isEqualTo("io.remoteassist.invitation.InvitationRefusedByPolicyEvent");
                assertThat(r.event().path("data").path("gpoName").asText()).isEqualTo("No RA " + n);
                assertThat(r.event().path("data").path("setting").asText()).isEqualTo("solicited");
            });
        });
    }

    @Test
    void theMaximumTicketTimeOfTheWinningGpoCapsTheInvitation() {
        String pc = computerInOwnOu("Short" + n);
        String gpo = gpo("Short tickets " + n);
        setting(gpo, "solicited", "enabled maxTicket=1h");
        link(gpo, "ou:Short" + n, false);

        Response created = Api.createInvitation("victor", pc, 300);
        created.then().statusCode(201);
        assertThat(Instant.parse(created.jsonPath().getString("expiresAt")))
            .isBetween(Instant.now().plus(Duration.ofMinutes(58)), Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void anLdifExportIsImportedWholeAndABrokenOneNotAtAll() {
        String base = "OU=Lab" + n + ",DC=contoso,DC=test";
        String ldif = """
            version: 1

            dn: %1$s
            objectClass: organizationalUnit
            gPOptions: 1

            dn: CN=Wendy,%1$s
            objectClass: user
            sAMAccountName: wendy%2$s

            dn: CN=Helpers%2$s,%1$s
            objectClass: group
            sAMAccountName: helpers%2$s
            member: CN=Wendy,%1$s

            dn: CN=LAB1,%1$s
            objectClass: computer
            dNSHostName: lab1-%2$s.contoso.test
            """.formatted(base, n);
        Api.as("importer", "admin").contentType(ContentType.TEXT).body(ldif).post("/api/directory/ldif?actor=importer")
            .then().statusCode(200).body("applied", equalTo(6));
        Response directory = given().get("/api/directory");
        assertThat(directory.jsonPath().getList("ous", String.class)).contains("Lab" + n);
        assertThat(directory.jsonPath().getList("computers.fqdn", String.class)).contains("lab1-" + n + ".contoso.test");
        assertThat(directory.jsonPath().getList("containers.findAll { it.blockInheritance }.container", String.class))
            .contains("ou:Lab" + n);

        String broken = """
            dn: OU=Broken%1$s,DC=contoso,DC=test
            objectClass: organizationalUnit

            this line has no colon
            """.formatted(n);
        given().contentType(ContentType.TEXT).body(broken).post("/api/directory/ldif")
            .then().statusCode(400).body("error", startsWith("line 4:"));
        assertThat(given().get("/api/directory").jsonPath().getList("ous", String.class))
            .doesNotContain("Broken" + n);
    }

    @Test
    void anInvalidSettingIsRefusedWithAClearMessageAndNoEvent() {
        String gpo = gpo("Invalid " + n);
        given().contentType(ContentType.TEXT).body("enabled maxTicket=2w")
            .put("/api/policy/gpos/" + gpo + "/settings/solicited").then().statusCode(400)
            .body("error", containsString("maxTicket"));
        given().contentType(ContentType.TEXT).body("enabled")
            .put("/api/policy/gpos/" + gpo + "/settings/screensaver").then().statusCode(400)
            .body("error", containsString("unknown setting"));
        json(Map.of("container", "planet:Mars")).post("/api/policy/gpos/" + gpo + "/links").then().statusCode(400);
        given().get("/api/policy/gpos/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/policy/gpos/" + gpo).then().statusCode(200).body("version", equalTo(0))
            .body("settings.size()", equalTo(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(gpo)).containsExactly("PolicyObjectCreatedEvent"));
    }

    @Test
    void viewOnlyPolicyRefusesAControlRequestNamingTheGpo() {
        String pc = computerInOwnOu("ViewOnly" + n);
        String gpo = gpo("View only " + n);
        setting(gpo, "solicited", "enabled control=view maxTicket=2h");
        link(gpo, "ou:ViewOnly" + n, false);
        String session = Api.acceptedSession("vo" + n, pc, "bob");
        Api.consent(session, true).then().statusCode(200);

        Api.helper("bob").contentType(ContentType.JSON).body(Map.of("helper", "bob"))
            .post("/api/sessions/" + session + "/control/request").then().statusCode(409)
            .body("error", containsString("View only " + n));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(session))
            .anySatisfy(row -> {
                assertThat(row).containsEntry("eventType", "ControlRequestRefusedByPolicyEvent");
                assertThat((String) row.get("summary")).contains("View only " + n);
            }));
        Api.end(session, "bob").then().statusCode(200);
    }

    @Test
    void vistaOnlyRefusesAFileWithoutAnEncryptedTicketNamingTheGpo() throws Exception {
        String pc = computerInOwnOu("VistaOnly" + n);
        String gpo = gpo("Vista only " + n);
        setting(gpo, "solicited", "enabled");
        setting(gpo, "vista-only", "enabled");
        link(gpo, "ou:VistaOnly" + n, false);
        try (Invitations.Made made = Invitations.make("vi" + n, pc, 30)) {
            var legacy = io.remoteassist.transport.handshake.SrpInitiator.run(Invitations.relay("/relay/invitation/"
                + made.id() + "/HELPER?helper=bob&ticket=legacy"), made.id(), made.password().toCharArray());
            assertThat(legacy.outcome()).isEqualTo("ENCRYPTION_REQUIRED");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(made.id()))
                .anySatisfy(row -> {
                    assertThat(row).containsEntry("eventType", "InvitationTicketRefusedByPolicyEvent");
                    assertThat((String) row.get("summary")).contains("Vista only " + n);
                }));
            // the agent was not asked, and the invitation's own encrypted file still opens it
            assertThat(made.outcomes()).isEmpty();
            assertThat(Invitations.open(made.id(), "bob", made.password()).accepted()).isTrue();
        }
    }

    private String computerInOwnOu(String ou) {
        json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        String pc = ou.toLowerCase() + "-pc." + DOMAIN;
        json(Map.of("fqdn", pc, "ou", ou)).post("/api/directory/computers").then().statusCode(201);
        return pc;
    }

    private static String gpo(String name) {
        return json(Map.of("name", name)).post("/api/policy/gpos").then().statusCode(201)
            .body("name", equalTo(name)).extract().jsonPath().getString("id");
    }

    private static void setting(String gpo, String key, String text) {
        given().contentType(ContentType.TEXT).body(text).put("/api/policy/gpos/" + gpo + "/settings/" + key)
            .then().statusCode(200).body("setting", equalTo(key));
    }

    private static void link(String gpo, String container, boolean enforced) {
        json(Map.of("container", container, "enforced", enforced)).post("/api/policy/gpos/" + gpo + "/links")
            .then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> setting(Response rsop, String key) {
        return (Map<String, Object>) rsop.jsonPath().getList("settings", Map.class).stream()
            .filter(s -> key.equals(s.get("key"))).findFirst().orElseThrow();
    }

    private static String recordedId(String error) {
        Matcher m = Pattern.compile("recorded as ([0-9a-f-]{36})").matcher(error);
        assertThat(m.find()).as("the refusal names its id: " + error).isTrue();
        return m.group(1);
    }

    private static io.restassured.specification.RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }
}
