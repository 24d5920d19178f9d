package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SessionLifecycleIT {

    /** As the session's User. */
    private static Response post(String session, String path, Map<String, Object> body) {
        return Api.asUserOf(session).contentType("application/json").body(body).post("/api/sessions/" + session + path);
    }

    private static Response post(RequestSpecification as, String session, String path, Map<String, Object> body) {
        return as.contentType("application/json").body(body).post("/api/sessions/" + session + path);
    }

    private static String connectedSession(String user) {
        String session = Api.acceptedSession(user, user + "-pc.example.test", "bob");
        Api.consent(session, true).then().statusCode(200).body("state", equalTo("VIEW_ONLY"));
        return session;
    }

    @Test
    void controlIsAskedGrantedTakenBackWithEscPausedAndChattedAbout() {
        String session = connectedSession("pia");

        post(Api.helper("bob"), session, "/control/request", Map.of("helper", "bob")).then().statusCode(200)
            .body("state", equalTo("CONTROL_REQUESTED"));
        post(session, "/control/answer", Map.of("allow", true, "allowElevationPrompts", false)).then().statusCode(200)
            .body("state", equalTo("CONTROL_SHARED"));
        post(session, "/control/revoke", Map.of("reason", "user-escape")).then().statusCode(200)
            .body("state", equalTo("VIEW_ONLY"));
        post(Api.helper("bob"), session, "/control/revoke", Map.of("reason", "user-escape")).then().statusCode(403);
        post(session, "/control/revoke", Map.of("reason", "user-escape", "user", "bob")).then().statusCode(403)
            .body("error", containsString("a request acts only for the signed-in identity"));
        post(session, "/control/revoke", Map.of("reason", "user-escape")).then().statusCode(409);
        post(session, "/pause", Map.of()).then().statusCode(200).body("state", equalTo("PAUSED"));
        post(session, "/resume", Map.of()).then().statusCode(200).body("state", equalTo("VIEW_ONLY"));
        post(Api.helper("bob"), session, "/chat", Map.of("sender", "bob", "text", "Click Start, please")).then()
            .statusCode(200);
        post(session, "/chat", Map.of("sender", "pia", "text", "Done")).then().statusCode(200);
        post(Api.helper("mallory"), session, "/chat", Map.of("text", "hi")).then().statusCode(403)
            .body("error", containsString("not in session"));
        Api.end(session, "pia").then().statusCode(200).body("state", equalTo("ENDED"));
        post(Api.helper("bob"), session, "/chat", Map.of("sender", "bob", "text", "still there?")).then()
            .statusCode(409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.auditTypes(session)).containsExactly(
            "SessionRequestedEvent", "ConnectionAllowedEvent", "ControlRequestedEvent", "ControlGrantedEvent",
            "ControlRevokedEvent", "SessionCommandRefusedEvent", "SessionPausedEvent", "SessionResumedEvent",
            "ChatMessageSentEvent", "ChatMessageSentEvent", "SessionEndedEvent",
            "SessionCommandRefusedEvent"));
    }

    @Test
    void theUserMayDeclineControl() {
        String session = connectedSession("quinn");
        post(Api.helper("bob"), session, "/control/request", Map.of()).then().statusCode(200);
        post(session, "/control/answer", Map.of("allow", false)).then().statusCode(200)
            .body("state", equalTo("VIEW_ONLY"));
        post(session, "/control/answer", Map.of("allow", true)).then().statusCode(409);
    }

    @Test
    void aSecondHelperIsToldTheUserIsAlreadyBeingHelped() {
        String first = connectedSession("rita");
        try (Invitations.Made second = Invitations.make("rita", "rita-pc.example.test", 30)) {
            // the agent accepted carol's proof, but the User is already being helped: no second session
            assertThat(Invitations.open(second.id(), "carol", second.password()).outcome())
                .isEqualTo("SESSION_REFUSED");
        }
        Api.end(first, "rita").then().statusCode(200);
    }

    @Test
    void controlEndpointsCheckTheirInput() {
        String session = connectedSession("sam");
        post(Api.helper("carol"), session, "/control/request", Map.of()).then().statusCode(403);
        post(Api.helper("bob"), session, "/control/request", Map.of("helper", "carol")).then().statusCode(403)
            .body("error", containsString("helper is carol but you are signed in as bob"));
        post(session, "/control/revoke", Map.of("reason", "because")).then().statusCode(400);
        post(Api.helper("bob"), session, "/chat", Map.of("sender", "bob", "text", " ")).then().statusCode(409);
        Api.end(session, "sam").then().statusCode(200);
    }
}
