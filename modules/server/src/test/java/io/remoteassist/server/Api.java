package io.remoteassist.server;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * The HTTP calls the tests make, in the words of the API tour, each as the identity that may make it. Identities
 * are made on first use (through {@code PUT /api/identities/{name}} as the test operator) with passwords generated
 * here; a request without an explicit identity goes as the operator (Admin and Auditor), see
 * {@link #asOperatorByDefault()}.
 */
public final class Api {

    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> ROLES = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Api() {
    }

    /** Makes the operator the identity of every request that names none. */
    public static void asOperatorByDefault() {
        RestAssured.authentication = RestAssured.preemptive().basic(LocalStackResource.OPERATOR, operatorPassword());
    }

    /** A request as {@code name}, who holds {@code role} (made or widened now if needed). */
    public static RequestSpecification as(String name, String role) {
        return given().auth().preemptive().basic(name, identity(name, role));
    }

    public static RequestSpecification user(String name) {
        return as(name, "user");
    }

    public static RequestSpecification helper(String name) {
        return as(name, "helper");
    }

    /** A request with no credentials at all. */
    public static RequestSpecification anonymous() {
        return given().auth().none();
    }

    /** The password of {@code name}, who holds {@code role} (made or widened now if needed). */
    public static synchronized String identity(String name, String role) {
        if (LocalStackResource.OPERATOR.equals(name)) {
            return operatorPassword();
        }
        Set<String> roles = ROLES.computeIfAbsent(name, n -> new LinkedHashSet<>());
        if (!roles.contains(role)) {
            String password = PASSWORDS.computeIfAbsent(name, n -> newPassword());
            Set<String> wanted = new LinkedHashSet<>(roles);
            wanted.add(role);
            given().auth().preemptive().basic(LocalStackResource.OPERATOR, operatorPassword())
                .contentType(ContentType.JSON).body(Map.of("password", password, "roles", List.copyOf(wanted)))
                .put("/api/identities/" + name).then().statusCode(200);
            roles.add(role);
        }
        return PASSWORDS.get(name);
    }

    /** The agent's registration of an invitation: metadata only. */
    public static Response createInvitation(String user, String computer, int minutes) {
        return user(user).contentType(ContentType.JSON)
            .body(Map.of("user", user, "computer", computer, "expiresInMinutes", minutes))
            .post("/api/invitations");
    }

    /** An invitation from {@code user}'s agent, opened by {@code helper} with the password: the session id. */
    public static String acceptedSession(String user, String computer, String helper) {
        return Invitations.acceptedSession(user, computer, helper);
    }

    /** The User of the session answers the connection request. */
    public static Response consent(String sessionId, boolean allow) {
        return asUserOf(sessionId).contentType(ContentType.JSON).body(Map.of("allow", allow))
            .post("/api/sessions/" + sessionId + "/consent");
    }

    /** {@code actor} (the session's user or its helper) ends the session. */
    public static Response end(String sessionId, String actor) {
        String role = actor.equalsIgnoreCase(sessionUser(sessionId)) ? "user" : "helper";
        return as(actor, role).contentType(ContentType.JSON).body(Map.of("actor", actor))
            .post("/api/sessions/" + sessionId + "/end");
    }

    /** A request as the session's User (as some User when there is no such session). */
    public static RequestSpecification asUserOf(String sessionId) {
        String user = sessionUser(sessionId);
        return user(user == null || user.isEmpty() ? "nobody-in-particular" : user);
    }

    /** The session's user as the session view has it; null when there is no such session. */
    public static String sessionUser(String sessionId) {
        Response view = given().auth().preemptive().basic(LocalStackResource.OPERATOR, operatorPassword())
            .get("/api/sessions/" + sessionId);
        return view.statusCode() == 200 ? view.jsonPath().getString("user") : null;
    }

    public static List<Map<String, Object>> audit(String aggregateId) {
        return given().queryParam("aggregateId", aggregateId).queryParam("size", 500)
            .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static List<String> auditTypes(String aggregateId) {
        return audit(aggregateId).stream().map(item -> (String) item.get("eventType")).toList();
    }

    private static String operatorPassword() {
        try {
            for (String line : Files.readAllLines(LocalStackResource.identities())) {
                String[] parts = line.split(":", 3);
                if (parts[0].equals(LocalStackResource.OPERATOR)) {
                    return parts[1];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the test operator is not in " + LocalStackResource.identities());
    }

    private static String newPassword() {
        byte[] secret = new byte[15];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
