package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ComplianceTimelineIT {

    private static final String UNTRUSTED = "Done <img src=x onerror=alert(1)>";

    @TestHTTPResource("/compliance/index.html")
    URL page;

    /** A solicited session driven through consent, control, Esc, pause, chat and end; returns its id. */
    private static String playedSession(String user) {
        Invitations.Made made = Invitations.make(user, user + "-pc.example.test", 30);
        String invitation = made.id();
        assertThat(Invitations.open(invitation, "bob", "not-the-password").outcome()).isEqualTo("PASSWORD_REJECTED");
        String session = Invitations.open(invitation, "bob", made.password()).sessionId();
        Api.consent(session, true).then().statusCode(200);
        post(session, "/control/request", Map.of("helper", "bob")).then().statusCode(200);
        post(session, "/control/answer", Map.of("allow", true, "allowElevationPrompts", false)).then().statusCode(200);
        post(session, "/control/revoke", Map.of("reason", "user-escape")).then().statusCode(200)
            .body("state", equalTo("VIEW_ONLY"));
        post(session, "/pause", Map.of()).then().statusCode(200).body("state", equalTo("PAUSED"));
        post(session, "/resume", Map.of()).then().statusCode(200);
        post(session, "/chat", Map.of("sender", "bob", "text", "Click Start, please")).then().statusCode(200);
        post(session, "/chat", Map.of("sender", user, "text", UNTRUSTED)).then().statusCode(200);
        Api.end(session, user).then().statusCode(200).body("state", equalTo("ENDED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(timeline(session)))
            .contains("InvitationCreatedEvent", "InvitationPasswordRejectedEvent", "InvitationAcceptedEvent",
                "PolicyInEffect", "SessionEndedEvent"));
        return session;
    }

    /** As bob (the Helper) when the body names him, as the session's User otherwise. */
    private static Response post(String session, String path, Map<String, Object> body) {
        var as = body.containsValue("bob") ? Api.helper("bob") : Api.asUserOf(session);
        return as.contentType("application/json").body(body).post("/api/sessions/" + session + path);
    }

    private static JsonPath timeline(String session) {
        return given().get("/api/compliance/sessions/" + session + "/timeline").then().statusCode(200)
            .extract().jsonPath();
    }

    private static List<String> types(JsonPath timeline) {
        return timeline.getList("entries.eventType");
    }

    private static String someone(String name) {
        return name + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static List<String> listed(Map<String, ?> query) {
        return given().queryParams(query).get("/api/compliance/sessions").then().statusCode(200)
            .extract().jsonPath().getList("items.sessionId");
    }

    @Test
    void theTimelineShowsTheInvitationThePolicyAndEverySessionStepInOrder() {
        String user = someone("tara");
        String session = playedSession(user);
        JsonPath timeline = timeline(session);

        assertThat(types(timeline)).containsExactly("InvitationCreatedEvent", "InvitationPasswordRejectedEvent",
            "InvitationAcceptedEvent", "SessionRequestedEvent", "PolicyInEffect", "ConnectionAllowedEvent",
            "ControlRequestedEvent", "ControlGrantedEvent", "ControlRevokedEvent", "SessionPausedEvent",
            "SessionResumedEvent", "ChatMessageSentEvent", "ChatMessageSentEvent", "SessionEndedEvent");
        assertThat(timeline.<String>getList("entries.context")).containsExactly("invitation", "invitation",
            "invitation", "session", "policy", "session", "session", "session", "session", "session", "session",
            "session", "session", "session");
        assertThat(timeline.<String>getList("entries.actor")).containsExactly(user, "bob", "bob", "bob", "system",
            user, "bob", user, user, user, user, "bob", user, user);
        List<Instant> times = timeline.<String>getList("entries.time").stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
        assertThat(timeline.getString("entries[8].summary")).contains("user-escape");
        assertThat(timeline.getString("entries[4].detail")).contains("Configure Solicited Remote Assistance",
            "session logging");
        assertThat(timeline.<String>getList("entries.detail")).contains("Click Start, please", UNTRUSTED);
        assertThat(timeline.getString("entries[13].detail")).contains("ended by " + user);
        assertThat(timeline.getString("session.user")).isEqualTo(user);
        assertThat(timeline.getString("session.helper")).isEqualTo("bob");
        assertThat(timeline.getString("session.computer")).isEqualTo(user + "-pc.example.test");
        assertThat(timeline.getString("session.mode")).isEqualTo("SOLICITED");
        assertThat(timeline.getString("session.invitationId")).isNotBlank();
        assertThat(timeline.getString("session.endedAt")).isNotBlank();
        assertThat(timeline.getString("session.endedBy")).isEqualTo(user);
    }

    @Test
    void theSessionsListFiltersByUserHelperComputerAndTime() {
        String user = someone("ugo");
        String session = playedSession(user);
        String today = Instant.now().toString().substring(0, 10);

        assertThat(listed(Map.of("user", user.toUpperCase()))).containsExactly(session);
        assertThat(listed(Map.of("user", user, "helper", "BOB", "computer", user + "-pc.example.test",
            "from", today, "to", today))).containsExactly(session);
        assertThat(listed(Map.of("user", user, "helper", "carol"))).isEmpty();
        assertThat(listed(Map.of("computer", user + "-laptop.example.test"))).isEmpty();
        assertThat(listed(Map.of("user", user, "from", Instant.now().plusSeconds(3600).toString()))).isEmpty();
        assertThat(listed(Map.of("user", user, "to", "2020-01-01"))).isEmpty();
        given().queryParam("user", user).get("/api/compliance/sessions").then().statusCode(200)
            .body("total", equalTo(1)).body("items[0].endedBy", equalTo(user))
            .body("items[0].invitationId", equalTo(timeline(session).getString("session.invitationId")));
    }

    @Test
    void badParametersAreRefusedWithAClearMessage() {
        given().queryParam("page", -1).get("/api/compliance/sessions").then().statusCode(400)
            .body("error", containsString("page must be a whole number"));
        given().queryParam("size", "ten").get("/api/compliance/sessions").then().statusCode(400)
            .body("error", containsString("size must be a whole number from 1 to 200"));
        given().queryParam("size", 0).get("/api/compliance/sessions").then().statusCode(400);
        given().queryParam("from", "yesterday").get("/api/compliance/sessions").then().statusCode(400)
            .body("error", containsString("from must be an ISO-8601 instant"));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/compliance/sessions")
            .then().statusCode(400).body("error", equalTo("from must be before to"));
        given().get("/api/compliance/sessions/not-a-session/timeline").then().statusCode(400)
            .body("error", containsString("session id must be a UUID"));
        given().get("/api/compliance/sessions/00000000-0000-0000-0000-000000000000/timeline").then()
            .statusCode(404);
    }

    @Test
    void aRebuiltTimelineEqualsTheOriginal() {
        String session = playedSession(someone("vera"));
        Map<String, Object> before = timeline(session).getMap("");
        Object listedBefore = given().queryParam("user", timeline(session).getString("session.user"))
            .get("/api/compliance/sessions").then().statusCode(200).extract().jsonPath().get("items");

        given().post("/api/admin/replay/compliance-timeline").then().statusCode(202);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            var response = given().get("/api/compliance/sessions/" + session + "/timeline");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getMap("")).isEqualTo(before);
        });
        assertThat(given().queryParam("user", timeline(session).getString("session.user"))
            .get("/api/compliance/sessions").then().statusCode(200).extract().jsonPath().<Object>get("items"))
            .isEqualTo(listedBefore);
    }

    @Test
    void theReplayPagePlaysASessionToItsEndWithTheChat() throws Exception {
        assumeTrue(HeadlessChromium.driver().isPresent(), "no chromedriver: the browser test is skipped");
        String user = someone("wren");
        String session = playedSession(user);
        Path profile = HeadlessChromium.profile();
        ChromeDriver browser = HeadlessChromium.start(profile);
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            HeadlessChromium.signIn(browser, page.toString(), "console-auditor",
                Api.identity("console-auditor", "auditor"));
            browser.get(page.toString());
            browser.findElement(By.id("f-user")).sendKeys(user);
            browser.findElement(By.id("search")).click();
            wait.until(b -> b.findElements(By.cssSelector("#sessions tr[data-session='" + session + "']")).size() == 1);
            // the list may be drawn again while it is clicked
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> {
                b.findElement(By.cssSelector("#sessions tr[data-session='" + session + "'] .open-session")).click();
                return true;
            });
            wait.until(b -> b.findElements(By.cssSelector("#timeline li")).size() == 14);
            WebElement state = browser.findElement(By.id("state"));
            assertThat(state.getText()).isEqualTo("not started");

            for (int i = 0; i < 6; i++) {
                browser.findElement(By.id("step-forward")).click();
            }
            assertThat(state.getText()).isEqualTo("connected");
            browser.findElement(By.id("step-forward")).click();
            browser.findElement(By.id("step-forward")).click();
            assertThat(state.getText()).isEqualTo("control");
            browser.findElement(By.id("step-back")).click();
            assertThat(state.getText()).isEqualTo("control requested");
            assertThat(browser.findElement(By.id("position")).getText()).isEqualTo("7 / 14");

            browser.findElement(By.cssSelector("#speed option[value='60']")).click();
            browser.findElement(By.id("play")).click();
            wait.until(b -> "ended".equals(b.findElement(By.id("state")).getText()));
            List<String> chat = browser.findElements(By.cssSelector("#chat li")).stream().map(WebElement::getText)
                .toList();
            assertThat(chat).containsExactly("bob: Click Start, please", user + ": " + UNTRUSTED);
            assertThat(browser.findElements(By.cssSelector("#chat img"))).isEmpty();
            assertThat(browser.findElement(By.id("position")).getText()).isEqualTo("14 / 14");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of(System.getProperty("java.io.tmpdir"), "compliance-replay.png"),
                StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
