package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.session.api.log.SessionLog;
import io.remoteassist.session.api.log.SessionLogEntry;
import io.remoteassist.session.api.log.SessionLogXml;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The session log the clients save is the server's timeline of the same session: a policy forces logging and sets
 * the warning texts, the User's agent reads them with its questions, and every entry of the log file matches the
 * session's steps of the compliance timeline.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SessionLogIT {

    private static final String DOMAIN = "contoso.test";
    private static final String CONNECT = "Support <staff> sees your screen & files.";
    private static final String CONTROL = "Support can \"click\" anything.";

    private static RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static RequestSpecification text(String body) {
        return given().contentType(ContentType.TEXT).body(body);
    }

    /** A computer in its own OU whose GPO lets the Helper offer, turns logging on and sets both warnings. */
    private static String[] computerWithPolicy() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        if (given().get("/api/directory").statusCode() == 404) {
            json(Map.of("domain", DOMAIN, "netbiosName", "CONTOSO")).post("/api/directory").then().statusCode(201);
        }
        String ou = "Log" + n;
        String pc = "log-" + n + "." + DOMAIN;
        json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        json(Map.of("fqdn", pc, "ou", ou)).post("/api/directory/computers").then().statusCode(201);
        json(Map.of("accountName", "helper" + n)).post("/api/directory/users").then().statusCode(201);
        String gpo = json(Map.of("name", "Logged " + n)).post("/api/policy/gpos").then().statusCode(201)
            .extract().jsonPath().getString("id");
        text("enabled control=full helpers=helper" + n).put("/api/policy/gpos/" + gpo + "/settings/offer")
            .then().statusCode(200);
        text("enabled").put("/api/policy/gpos/" + gpo + "/settings/logging").then().statusCode(200);
        text("enabled connect=\"" + CONNECT.replace("\"", "\\\"") + "\" control=\"" + CONTROL.replace("\"", "\\\"")
            + "\"").put("/api/policy/gpos/" + gpo + "/settings/warnings").then().statusCode(200);
        json(Map.of("container", "ou:" + ou)).post("/api/policy/gpos/" + gpo + "/links").then().statusCode(201);
        Api.user("user" + n).contentType(ContentType.JSON)
            .body(Map.of("fqdn", pc, "addresses", List.of("10.78.0." + (n.hashCode() & 0x7f)), "user", "user" + n))
            .post("/api/computers").then().statusCode(200);
        return new String[] {n, pc};
    }

    private static io.restassured.response.Response post(RequestSpecification as, String session, String path,
                                                         Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/sessions/" + session + path);
    }

    @Test
    void theLogFileMatchesTheComplianceTimelineAndCarriesThePolicysWarnings() throws Exception {
        String[] setup = computerWithPolicy();
        String n = setup[0];
        String user = "user" + n;
        String helper = "helper" + n;
        String session = Api.helper(helper).contentType(ContentType.JSON).body(Map.of("helper", helper, "host", setup[1]))
            .post("/api/offers")
            .then().statusCode(201).extract().jsonPath().getString("sessionId");

        // what the User's agent polls: the question comes with the policy's warning
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            Api.user(user).queryParam("user", user).queryParam("state", "AWAITING_CONSENT").get("/api/sessions")
                .then().statusCode(200).body("[0].sessionId", equalTo(session))
                .body("[0].warningBeforeConnecting", equalTo(CONNECT)));
        Api.consent(session, true).then().statusCode(200);
        post(Api.helper(helper), session, "/control/request", Map.of("helper", helper)).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            Api.user(user).queryParam("user", user).queryParam("state", "CONTROL_REQUESTED").get("/api/sessions")
                .then().statusCode(200).body("[0].warningBeforeSharingControl", equalTo(CONTROL)));
        post(Api.user(user), session, "/control/answer", Map.of("allow", true)).then().statusCode(200);
        post(Api.user(user), session, "/control/revoke", Map.of("reason", "user-escape")).then().statusCode(200);
        post(Api.user(user), session, "/pause", Map.of()).then().statusCode(200);
        post(Api.user(user), session, "/resume", Map.of()).then().statusCode(200);
        post(Api.helper(helper), session, "/chat", Map.of("sender", helper, "text", "Open <Settings> & \"Display\"")).then().statusCode(200);
        post(Api.user(user), session, "/chat", Map.of("sender", user, "text", "Done")).then().statusCode(200);
        Api.end(session, user).then().statusCode(200);

        SessionLog log = SessionLogXml.read(given().get("/api/sessions/" + session + "/log").then().statusCode(200)
            .extract().asByteArray());
        assertThat(log.forcedByPolicy()).isTrue();
        assertThat(log.user()).isEqualTo(user);
        assertThat(log.helper()).isEqualTo(helper);
        assertThat(log.entries()).extracting(SessionLogEntry::event).containsExactly("SessionRequestedEvent",
            "ConnectionAllowedEvent", "ControlRequestedEvent", "ControlGrantedEvent", "ControlRevokedEvent",
            "SessionPausedEvent", "SessionResumedEvent", "ChatMessageSentEvent", "ChatMessageSentEvent",
            "SessionEndedEvent");
        assertThat(log.entries().get(0).detail()).isEqualTo("warning before connecting: " + CONNECT);
        assertThat(log.entries().get(2).detail()).isEqualTo("warning before sharing control: " + CONTROL);
        assertThat(log.entries().get(7).detail()).isEqualTo("Open <Settings> & \"Display\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sessionSteps(session))
            .hasSize(log.entries().size()));
        List<String> timeline = sessionSteps(session);
        assertThat(log.entries().stream().map(SessionLogIT::step).toList()).isEqualTo(timeline);
    }

    private static String step(SessionLogEntry e) {
        return e.at().truncatedTo(ChronoUnit.MILLIS) + " " + e.event() + " " + e.actor() + " " + e.text() + " | "
            + e.detail();
    }

    /** The session's own steps of the compliance timeline, in the same form. */
    private static List<String> sessionSteps(String session) {
        JsonPath timeline = given().get("/api/compliance/sessions/" + session + "/timeline").then().statusCode(200)
            .extract().jsonPath();
        List<Map<String, Object>> entries = timeline.getList("entries");
        return entries.stream().filter(e -> "session".equals(e.get("context")))
            .map(e -> Instant.parse((String) e.get("time")).truncatedTo(ChronoUnit.MILLIS) + " " + e.get("eventType")
                + " " + e.get("actor") + " " + e.get("summary") + " | " + e.get("detail")).toList();
    }
}
