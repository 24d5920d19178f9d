package io.remoteassist.server;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The HTTP calls the tests make, in the words of the API tour. */
public final class Api {

    private Api() {
    }

    /** The agent's registration of an invitation: metadata only. */
    public static Response createInvitation(String user, String computer, int minutes) {
        return given().contentType(ContentType.JSON)
            .body(Map.of("user", user, "computer", computer, "expiresInMinutes", minutes))
            .post("/api/invitations");
    }

    /** An invitation from {@code user}'s agent, opened by {@code helper} with the password: the session id. */
    public static String acceptedSession(String user, String computer, String helper) {
        return Invitations.acceptedSession(user, computer, helper);
    }

    public static Response consent(String sessionId, boolean allow) {
        return given().contentType(ContentType.JSON).body(Map.of("allow", allow))
            .post("/api/sessions/" + sessionId + "/consent");
    }

    public static Response end(String sessionId, String actor) {
        return given().contentType(ContentType.JSON).body(Map.of("actor", actor))
            .post("/api/sessions/" + sessionId + "/end");
    }

    public static List<Map<String, Object>> audit(String aggregateId) {
        return given().queryParam("aggregateId", aggregateId).queryParam("size", 500)
            .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static List<String> auditTypes(String aggregateId) {
        return audit(aggregateId).stream().map(item -> (String) item.get("eventType")).toList();
    }
}
