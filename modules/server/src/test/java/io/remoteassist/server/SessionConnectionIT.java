package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.server.session.SessionGraceDeadlines;
import io.remoteassist.server.session.SessionGraceExpiry;
import io.remoteassist.session.api.log.SessionLog;
import io.remoteassist.session.api.log.SessionLogEntry;
import io.remoteassist.session.api.log.SessionLogXml;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.protocol.ScreenTile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Transport disconnects over the real relay feed the session: a lost end starts the persisted grace deadline, the
 * same end back within it resumes the session, and one that stays away ends it; the relay's bytes reach the summary.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SessionConnectionIT {

    private static final Pattern BYTES = Pattern.compile("(\\d+) bytes to the Helper, (\\d+) bytes to the User");

    @Inject
    TestClock clock;

    @Inject
    SessionGraceDeadlines deadlines;

    @Inject
    SessionGraceExpiry expiry;

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String connectedSession(String user) {
        String session = Api.acceptedSession(user, user + ".example.test", "helper-of-" + user);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/sessions/" + session).statusCode() == 200);
        Api.consent(session, true).then().statusCode(200);
        return session;
    }

    private RelayTestPeer[] pair(String session) throws Exception {
        RelayTestPeer user = new RelayTestPeer(session, Role.USER).connect(base.getPort()).offerKey();
        RelayTestPeer helper = new RelayTestPeer(session, Role.HELPER).connect(base.getPort()).offerKey();
        await().atMost(Duration.ofSeconds(30)).until(() -> user.keyed() && helper.keyed());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            user.send(new ScreenTile(0, 0, 8, 5, 1, new byte[4000]));
            assertThat(helper.received).anyMatch(p -> p instanceof ScreenTile);
        });
        return new RelayTestPeer[] {user, helper};
    }

    private static String state(String session) {
        return given().get("/api/sessions/" + session).then().statusCode(200).extract().path("state");
    }

    private static SessionLog log(String session) throws Exception {
        byte[] xml = given().get("/api/sessions/" + session + "/log").then().statusCode(200)
            .contentType("application/xml").extract().asByteArray();
        return SessionLogXml.read(xml);
    }

    private static long[] summaryBytes(SessionLog log) {
        SessionLogEntry end = log.entries().get(log.entries().size() - 1);
        assertThat(end.event()).isEqualTo("SessionEndedEvent");
        Matcher m = BYTES.matcher(end.detail());
        assertThat(m.find()).as(end.detail()).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void aLostEndComesBackWithinTheGraceAndOneThatStaysAwayEndsTheSession() throws Exception {
        String user = "grace-" + UUID.randomUUID().toString().substring(0, 8);
        String session = connectedSession(user);
        RelayTestPeer[] first = pair(session);

        // the User's agent drops: the session keeps running, its grace deadline is in PostgreSQL
        first[0].close();
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.auditTypes(session).contains("ConnectionLostEvent"));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlines.isLost(session, user));
        assertThat(state(session)).isEqualTo("VIEW_ONLY");
        assertThat(deadlines.due(clock.instant(), 100)).noneMatch(d -> d.sessionId().equals(session));

        // back within the grace: the same session resumes, the deadline goes (the relay signs one key per role and
        // session, so this end comes back on the relay without keying again)
        clock.advance(Duration.ofSeconds(30));
        RelayTestPeer back = new RelayTestPeer(session, Role.USER).connect(base.getPort());
        await().atMost(Duration.ofSeconds(20))
            .until(() -> Api.auditTypes(session).contains("ConnectionRestoredEvent"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !deadlines.isLost(session, user));
        expiry.fireDue();
        assertThat(state(session)).isEqualTo("VIEW_ONLY");

        // lost again and not back: past the 60 s grace the server ends it, with the reason
        back.close();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlines.isLost(session, user));
        clock.advance(Duration.ofSeconds(59));
        expiry.fireDue();
        assertThat(state(session)).isEqualTo("VIEW_ONLY");
        clock.advance(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            expiry.fireDue();
            assertThat(state(session)).isEqualTo("ENDED");
        });
        assertThat(first[1].closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        SessionLog log = log(session);
        assertThat(log.entries()).extracting(SessionLogEntry::event).containsSubsequence("ConnectionLostEvent",
            "ConnectionRestoredEvent", "ConnectionLostEvent", "SessionEndedEvent");
        assertThat(log.entries().get(log.entries().size() - 1).detail()).contains("ended by system (connection-lost)");
        // the first link's bytes are in the summary: a key frame and at least one tile of 4000 bytes
        assertThat(summaryBytes(log)[0]).isGreaterThan(4000);
        assertThat(summaryBytes(log)[1]).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> !deadlines.isLost(session, user));
    }

    @Test
    void anEndWhileTheRelayRunsPutsItsBytesInTheSummary() throws Exception {
        String user = "bytes-" + UUID.randomUUID().toString().substring(0, 8);
        String session = connectedSession(user);
        RelayTestPeer[] peers = pair(session);
        long relayed = given().get("/api/sessions/" + session).then().statusCode(200).extract()
            .jsonPath().getLong("traffic.userToHelperBytes");
        assertThat(relayed).isGreaterThan(4000);

        Api.user(user).contentType("application/json").body(Map.of("actor", user)).post("/api/sessions/" + session + "/end")
            .then().statusCode(200);

        long[] bytes = summaryBytes(log(session));
        assertThat(bytes[0]).isGreaterThanOrEqualTo(relayed);
        assertThat(bytes[1]).isPositive();
        assertThat(peers[1].closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        // the relay closing an ended session's ends is no lost connection
        assertThat(Api.auditTypes(session)).doesNotContain("ConnectionLostEvent", "SessionCommandRefusedEvent");
    }
}
