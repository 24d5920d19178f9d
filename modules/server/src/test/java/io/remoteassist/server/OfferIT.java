package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class OfferIT {

    private static final String DOMAIN = "contoso.test";

    @Inject
    TestClock clock;

    private String n;
    private String pc;

    @BeforeEach
    void aComputerWhosePolicyLetsTheHelpDeskOffer() {
        n = UUID.randomUUID().toString().substring(0, 6);
        if (given().get("/api/directory").statusCode() == 404) {
            json(Map.of("domain", DOMAIN, "netbiosName", "CONTOSO")).post("/api/directory").then().statusCode(201);
        }
        String ou = "Offer" + n;
        pc = "offer-" + n + "." + DOMAIN;
        json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        json(Map.of("fqdn", pc, "ou", ou)).post("/api/directory/computers").then().statusCode(201);
        json(Map.of("accountName", "helper" + n)).post("/api/directory/users").then().statusCode(201);
        json(Map.of("name", "HelpDesk" + n)).post("/api/directory/groups").then().statusCode(201);
        json(Map.of("name", "Tier2" + n)).post("/api/directory/groups").then().statusCode(201);
        json(Map.of("member", "helper" + n)).post("/api/directory/groups/Tier2" + n + "/members").then().statusCode(201);
        json(Map.of("member", "Tier2" + n)).post("/api/directory/groups/HelpDesk" + n + "/members").then().statusCode(201);
        String gpo = json(Map.of("name", "Offer " + n)).post("/api/policy/gpos").then().statusCode(201)
            .extract().jsonPath().getString("id");
        given().contentType(ContentType.TEXT).body("enabled control=full helpers=HelpDesk" + n)
            .put("/api/policy/gpos/" + gpo + "/settings/offer").then().statusCode(200);
        json(Map.of("container", "ou:" + ou)).post("/api/policy/gpos/" + gpo + "/links").then().statusCode(201);
        json(Api.user("user" + n), Map.of("fqdn", pc,
            "addresses", List.of("fd00::" + Integer.toHexString(n.hashCode() & 0xfff), "10.77.0.9"), "user", "user" + n))
            .post("/api/computers").then().statusCode(200);
    }

    @Test
    void anAuthorizedHelperOffersByIpv6AddressAndTheUserIsAsked() {
        String address = "[fd00:0:0:0::" + Integer.toHexString(n.hashCode() & 0xfff) + "]";
        String session = json(Api.helper("helper" + n), Map.of("helper", "helper" + n, "host", address))
            .post("/api/offers")
            .then().statusCode(201).body("computer", equalTo(pc)).body("state", equalTo("AWAITING_CONSENT"))
            .extract().jsonPath().getString("sessionId");
        Api.consent(session, true).then().statusCode(200).body("state", equalTo("VIEW_ONLY"));
        Api.end(session, "helper" + n).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.auditTypes(session))
            .containsExactly("SessionRequestedEvent", "ConnectionAllowedEvent", "SessionEndedEvent"));
    }

    @Test
    void aHelperOutsideTheHelpersListIsRefusedAndTheUserNeverAsked() {
        String error = json(Api.helper("mallory"), Map.of("helper", "mallory", "host", pc)).post("/api/offers")
            .then().statusCode(403).body("error", containsString("Offer " + n)).extract().path("error");
        String recorded = recorded(error);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(recorded)).containsExactly("OfferRefusedEvent"));
    }

    @Test
    void anUnknownHostIsRefusedClearly() {
        String error = json(Api.helper("helper" + n), Map.of("helper", "helper" + n, "host", "nowhere-" + n + ".example.test"))
            .post("/api/offers").then().statusCode(404).body("error", containsString("is known")).extract().path("error");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(Api.auditTypes(recorded(error))).containsExactly("OfferRefusedEvent"));
    }

    @Test
    void aComputerWhoseAgentStoppedRenewingIsOffline() {
        clock.advance(Duration.ofMinutes(3));
        try {
            json(Api.helper("helper" + n), Map.of("helper", "helper" + n, "host", "10.77.0.9")).post("/api/offers")
                .then().statusCode(409).body("error", containsString("offline"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aComputerInTheDirectoryWhoseAgentNeverRegisteredIsOffline() {
        String other = "other-" + n + "." + DOMAIN;
        json(Map.of("fqdn", other, "ipAddresses", List.of("10.78.1." + (n.hashCode() & 0x7f)), "ou", "Offer" + n))
            .post("/api/directory/computers").then().statusCode(201);
        json(Api.helper("helper" + n), Map.of("helper", "helper" + n, "host", "10.78.1." + (n.hashCode() & 0x7f)))
            .post("/api/offers")
            .then().statusCode(409).body("error", containsString(other + " is offline"));
    }

    @Test
    void badOffersAreRefusedAsBadInput() {
        json(Api.helper("helper" + n), Map.of("helper", "helper" + n)).post("/api/offers").then().statusCode(400);
        json(Api.helper("helper" + n), Map.of("helper", "someone-else", "host", pc)).post("/api/offers").then()
            .statusCode(403);
        json(Api.user("user" + n), Map.of("fqdn", "bad host!")).post("/api/computers").then().statusCode(400);
        json(Api.user("user" + n), Map.of("fqdn", pc, "user", "someone-else")).post("/api/computers").then()
            .statusCode(403);
    }

    private static String recorded(String error) {
        Matcher m = Pattern.compile("recorded as ([0-9a-f-]{36})").matcher(error);
        assertThat(m.find()).as(error).isTrue();
        return m.group(1);
    }

    private static RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static RequestSpecification json(RequestSpecification as, Map<String, ?> body) {
        return as.contentType(ContentType.JSON).body(body);
    }
}
