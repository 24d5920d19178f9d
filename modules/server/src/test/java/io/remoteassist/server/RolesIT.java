package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * Each role against each endpoint, in the order a session lives: every row is one identity making one request and
 * the status it must get. {@code U} is the session's User and {@code H} its Helper; {@code U2} and {@code H2} are
 * another User and Helper; {@code A} an Admin, {@code AU} an Auditor, {@code -} no credentials at all.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class RolesIT {

    private record Row(String who, String method, String path, Supplier<Object> body, Set<Integer> expected) {
    }

    @TestHTTPResource("/agents/policy")
    URI policyEndpoint;

    @TestHTTPResource("/presence")
    URI presenceEndpoint;

    private final String n = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, String[]> identities = Map.of(
        "U", new String[] {"ru-" + n, "user"}, "U2", new String[] {"ru2-" + n, "user"},
        "H", new String[] {"rh-" + n, "helper"}, "H2", new String[] {"rh2-" + n, "helper"},
        "A", new String[] {"ra-" + n, "admin"}, "AU", new String[] {"rau-" + n, "auditor"});
    private final Map<String, String> captured = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    @Test
    void everyRoleGetsWhatItMayAndIsRefusedTheRest() throws Exception {
        String u = name("U");
        String pc = "roles-" + n + ".example.test";
        String key = Base64.getEncoder().encodeToString(p256());

        // invitations: a User creates their own, the Helper opens it
        row("-", "POST", "/api/invitations", () -> Map.of("computer", pc), 401);
        for (String who : List.of("H", "A", "AU")) {
            row(who, "POST", "/api/invitations", () -> Map.of("computer", pc), 403);
        }
        row("U", "POST", "/api/invitations", () -> Map.of("user", name("U2"), "computer", pc), 403);
        row("U", "POST", "/api/invitations", () -> Map.of("computer", pc, "expiresInMinutes", 30), 201);
        // the invitation the rows work on is made by the User's agent and opened by the Helper through the relay
        // (the handshake proves the password to the agent; the server never sees it)
        Invitations.Made made = Invitations.make(u, pc, 30);
        io.remoteassist.transport.handshake.HandshakeResult opened = Invitations.open(made.id(), name("H"),
            made.password());
        assertThat(opened.accepted()).isTrue();
        captured.put("inv", made.id());
        captured.put("sid", opened.sessionId());
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> Api.sessionUser(opened.sessionId()) != null);
        String file = "/api/invitations/{inv}/file";
        row("-", "GET", file, null, 401);
        for (String who : List.of("U2", "A", "AU")) {
            row(who, "GET", file, null, 403);
        }
        // the server holds a file only for a Mailto download; the owner and Helpers get past the roles to a 404
        row("U", "GET", file, null, 404);
        row("H", "GET", file, null, 404);
        Supplier<Object> delivery = () -> Map.of("channel", "file", "target", "/media/usb");
        for (String who : List.of("U2", "H", "AU")) {
            row(who, "POST", "/api/invitations/{inv}/deliveries", delivery, 403);
        }
        row("U", "POST", "/api/invitations/{inv}/deliveries", delivery, 200, 410);

        // the session: its User and its Helper, each for their own part
        String session = "/api/sessions/{sid}";
        row("-", "GET", session, null, 401);
        for (String who : List.of("U2", "H2", "A")) {
            row(who, "GET", session, null, 403);
        }
        for (String who : List.of("U", "H", "AU")) {
            row(who, "GET", session, null, 200);
        }
        row("U", "GET", "/api/sessions?user=" + u, null, 200);
        row("U", "GET", "/api/sessions?user=" + name("U2"), null, 403);
        row("H", "GET", "/api/sessions?user=" + u, null, 403);
        Supplier<Object> allow = () -> Map.of("allow", true);
        for (String who : List.of("H", "U2", "A", "AU")) {
            row(who, "POST", session + "/consent", allow, 403);
        }
        row("U", "POST", session + "/consent", allow, 200);
        for (String who : List.of("U", "H2", "AU")) {
            row(who, "POST", session + "/control/request", Map::of, 403);
        }
        row("H", "POST", session + "/control/request", Map::of, 200);
        for (String who : List.of("H", "U2")) {
            row(who, "POST", session + "/control/answer", allow, 403);
        }
        row("U", "POST", session + "/control/answer", allow, 200);
        row("H", "POST", session + "/control/revoke", () -> Map.of("reason", "user-stop"), 403);
        row("U", "POST", session + "/control/revoke", () -> Map.of("reason", "user-stop", "user", name("H")), 403);
        row("U", "POST", session + "/control/revoke", () -> Map.of("reason", "user-stop"), 200);
        for (String step : List.of("/pause", "/resume")) {
            row("H", "POST", session + step, Map::of, 403);
            row("U2", "POST", session + step, Map::of, 403);
            row("U", "POST", session + step, Map::of, 200);
        }
        Supplier<Object> chat = () -> Map.of("text", "hello");
        for (String who : List.of("H2", "U2", "AU", "A")) {
            row(who, "POST", session + "/chat", chat, 403);
        }
        row("H", "POST", session + "/chat", () -> Map.of("sender", u, "text", "as someone else"), 403);
        row("H", "POST", session + "/chat", chat, 200);
        row("U", "POST", session + "/chat", chat, 200);

        // the relay's key service: each end keyed by its own party
        String keys = "/api/relay/{sid}/keys";
        row("U", "POST", keys, () -> Map.of("role", "HELPER", "publicKey", key), 403);
        row("H2", "POST", keys, () -> Map.of("role", "HELPER", "publicKey", key), 403);
        row("H", "POST", keys, () -> Map.of("role", "USER", "publicKey", key), 403);
        row("U2", "POST", keys, () -> Map.of("role", "USER", "publicKey", key), 403);
        row("U", "POST", keys, () -> Map.of("role", "USER", "publicKey", key), 200);
        row("H", "POST", keys, () -> Map.of("role", "HELPER", "publicKey", key), 200);
        row("-", "GET", "/api/relay/signing-key", null, 401);
        row("AU", "GET", "/api/relay/signing-key", null, 200);

        for (String who : List.of("AU", "A", "H2", "U2")) {
            row(who, "POST", session + "/end", Map::of, 403);
        }
        row("H", "POST", session + "/end", () -> Map.of("actor", u), 403);
        row("H", "POST", session + "/end", Map::of, 200);

        // computers and offers: a User registers their own computer, a Helper offers as themselves
        String other = "roles-other-" + n + ".example.test";
        Supplier<Object> registration = () -> Map.of("fqdn", other, "addresses", List.of("10.99.0.1"));
        row("-", "POST", "/api/computers", registration, 401);
        for (String who : List.of("H", "A", "AU")) {
            row(who, "POST", "/api/computers", registration, 403);
        }
        row("U", "POST", "/api/computers", () -> Map.of("fqdn", other, "user", name("U2")), 403);
        row("U", "POST", "/api/computers", registration, 200);
        row("U2", "DELETE", "/api/computers/" + other, null, 403);
        row("H", "DELETE", "/api/computers/" + other, null, 403);
        row("U", "DELETE", "/api/computers/" + other, null, 204);
        Supplier<Object> offer = () -> Map.of("host", "nowhere-" + n + ".example.test");
        for (String who : List.of("U", "A", "AU")) {
            row(who, "POST", "/api/offers", offer, 403);
        }
        row("H", "POST", "/api/offers", () -> Map.of("helper", name("H2"), "host", pc), 403);
        row("H", "POST", "/api/offers", offer, 404);

        // Group Policy, the directory, replays and the agents' status: Admins only
        for (String path : List.of("/api/policy/gpos", "/api/policy/catalog", "/api/policy/agents",
                "/api/identities")) {
            row("-", "GET", path, null, 401);
            for (String who : List.of("U", "H", "AU")) {
                row(who, "GET", path, null, 403);
            }
            row("A", "GET", path, null, 200);
        }
        row("U", "GET", "/api/directory", null, 403);
        row("AU", "GET", "/api/directory", null, 403);
        row("A", "GET", "/api/directory", null, 200, 404);
        Supplier<Object> gpo = () -> Map.of("name", "Roles " + n);
        for (String who : List.of("AU", "H", "U")) {
            row(who, "POST", "/api/policy/gpos", gpo, 403);
        }
        row("A", "POST", "/api/policy/gpos", () -> Map.of("name", "Roles " + n, "actor", u), 403);
        row("A", "POST", "/api/policy/gpos", gpo, 201);
        row("AU", "POST", "/api/admin/replay/nothing", null, 403);
        row("A", "POST", "/api/admin/replay/nothing", null, 404);
        Supplier<Object> identity = () -> Map.of("password", "a-long-password-" + n, "roles", List.of("user"));
        for (String who : List.of("AU", "H", "U")) {
            row(who, "PUT", "/api/identities/made-" + n, identity, 403);
        }
        row("A", "PUT", "/api/identities/made-" + n, () -> Map.of("password", "short", "roles", List.of("user")), 400);
        row("A", "PUT", "/api/identities/made-" + n, () -> Map.of("password", "a-long-password-" + n,
            "roles", List.of("owner")), 400);
        row("A", "PUT", "/api/identities/made-" + n, identity, 200);

        // the audit trail and compliance data: Auditors only, and only to read
        for (String path : List.of("/api/audit?aggregateId={sid}", "/api/audit/verify", "/api/compliance/sessions")) {
            row("-", "GET", path, null, 401);
            for (String who : List.of("U", "H", "A")) {
                row(who, "GET", path, null, 403);
            }
            row("AU", "GET", path, null, 200);
        }
        row("H", "GET", "/api/compliance/sessions/{sid}/timeline", null, 403);
        row("AU", "GET", "/api/compliance/sessions/{sid}/timeline", null, 200, 404);
        for (String write : List.of("/api/invitations", "/api/offers", "/api/computers", "/api/policy/gpos",
                "/api/admin/replay/audit", "/api/sessions/{sid}/end")) {
            row("AU", "POST", write, Map::of, 403);
        }

        // the session log: its User and Helper keep it, an Auditor may read it, nobody else
        String log = "/api/sessions/{sid}/log";
        row("-", "GET", log, null, 401);
        for (String who : List.of("U2", "H2", "A")) {
            row(who, "GET", log, null, 403);
        }
        for (String who : List.of("U", "H", "AU")) {
            row(who, "GET", log, null, 200);
        }

        // Easy Connect: a User publishes their own invitation, a Helper looks one up
        Supplier<Object> lookup = () -> Map.of("lookupKey", "00".repeat(32));
        row("-", "POST", "/api/easy-connect/lookup", lookup, 401);
        for (String who : List.of("U", "A", "AU")) {
            row(who, "POST", "/api/easy-connect/lookup", lookup, 403);
        }
        row("H", "POST", "/api/easy-connect/lookup", lookup, 404);
        row("H", "POST", "/api/easy-connect/lookup", () -> Map.of("lookupKey", "00".repeat(32), "helper", name("H2")),
            403);
        Supplier<Object> entry = () -> Map.of("invitationId", captured.get("inv"), "lookupKey", "11".repeat(32),
            "blob", "AQ==", "expiresAt", "2099-01-01T00:00:00Z");
        row("-", "POST", "/api/easy-connect/entries", entry, 401);
        for (String who : List.of("U2", "H", "A", "AU")) {
            row(who, "POST", "/api/easy-connect/entries", entry, 403);
        }

        // buddy lists and trusted contacts: one's own only
        for (String path : List.of("/api/presence/" + u + "/buddies", "/api/contacts/" + u)) {
            row("-", "GET", path, null, 401);
            for (String who : List.of("U2", "A", "AU")) {
                row(who, "GET", path, null, 403);
            }
            row("U", "GET", path, null, 200);
        }
        row("U2", "POST", "/api/im/invitations", () -> Map.of("from", u, "to", name("H"),
            "invitationId", captured.get("inv"), "file", "AQ==", "expiresAt", "2099-01-01T00:00:00Z"), 403);

        // who am I; what stays open
        row("-", "GET", "/api/identities/me", null, 401);
        row("U", "GET", "/api/identities/me", null, 200);
        row("-", "GET", "/q/health/live", null, 200);
        row("-", "GET", "/login.html", null, 200);

        run();

        Api.as(u, "user").get("/api/identities/me").then().statusCode(200)
            .body("name", org.hamcrest.Matchers.equalTo(u)).body("roles", org.hamcrest.Matchers.contains("user"));
        // the identity the Admin made signs in with the password the Admin gave it
        io.restassured.RestAssured.given().auth().preemptive().basic("made-" + n, "a-long-password-" + n)
            .get("/api/identities/me").then().statusCode(200);
    }

    @Test
    void theApiChallengesForBasicAndTheConsolesSendToTheLoginPage() {
        Api.anonymous().get("/api/policy/gpos").then().statusCode(401)
            .header("WWW-Authenticate", containsString("Basic"));
        Api.anonymous().auth().preemptive().basic(name("A"), "wrong-password").get("/api/policy/gpos").then()
            .statusCode(401);
        for (String console : List.of("/admin/", "/compliance/", "/console/")) {
            Api.anonymous().redirects().follow(false).get(console).then().statusCode(302)
                .header("Location", containsString("/login.html"));
        }
        // the consoles take the login form's cookie, not HTTP Basic, and each page needs its role
        Api.as(name("A"), "admin").redirects().follow(false).get("/admin/").then().statusCode(302);
        signedIn("U").get("/admin/").then().statusCode(403);
        signedIn("A").get("/admin/").then().statusCode(200);
        signedIn("A").get("/api/policy/gpos").then().statusCode(200);
        signedIn("A").get("/api/audit").then().statusCode(403);
        signedIn("AU").get("/compliance/").then().statusCode(200);
        signedIn("H").get("/console/").then().statusCode(200);
        Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
            .formParam("j_username", name("A")).formParam("j_password", "wrong-password").post("/j_security_check")
            .then().statusCode(302).header("Location", containsString("/login.html?error"));
    }

    /** A request with the cookie of a sign-in through the login form, and no other credentials. */
    private RequestSpecification signedIn(String who) {
        String cookie = Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
            .formParam("j_username", name(who)).formParam("j_password", Api.identity(name(who), identities.get(who)[1]))
            .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        assertThat(cookie).isNotBlank();
        return Api.anonymous().redirects().follow(false).cookie("quarkus-credential", cookie);
    }

    @Test
    void thePolicyWebSocketNeedsASignedInAgent() throws Exception {
        URI ws = URI.create(policyEndpoint.toString().replaceFirst("^http", "ws"));
        assertThat(upgrade(ws, null)).isEqualTo(401);
        assertThat(upgrade(ws, name("H2"))).isEqualTo(403);
        assertThat(upgrade(ws, name("U"))).isEqualTo(101);
    }

    @Test
    void thePresenceWebSocketNeedsASignedInUserOrHelper() throws Exception {
        URI ws = URI.create(presenceEndpoint.toString().replaceFirst("^http", "ws"));
        assertThat(upgrade(ws, null)).isEqualTo(401);
        assertThat(upgrade(ws, name("A"))).isEqualTo(403);
        assertThat(upgrade(ws, name("AU"))).isEqualTo(403);
        assertThat(upgrade(ws, name("U"))).isEqualTo(101);
        assertThat(upgrade(ws, name("H"))).isEqualTo(101);
        // a console signed in through the login page upgrades with its cookie
        String cookie = Api.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
            .formParam("j_username", name("H")).formParam("j_password", Api.identity(name("H"), "helper"))
            .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        assertThat(upgradeWith(ws, HttpClient.newHttpClient().newWebSocketBuilder()
            .header("Cookie", "quarkus-credential=" + cookie))).isEqualTo(101);
    }

    private int upgrade(URI ws, String who) throws Exception {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (who != null) {
            String role = identities.values().stream().filter(i -> i[0].equals(who)).findFirst().orElseThrow()[1];
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (who + ":" + Api.identity(who, role)).getBytes(StandardCharsets.UTF_8)));
        }
        return upgradeWith(ws, builder);
    }

    private static int upgradeWith(URI ws, WebSocket.Builder builder) throws Exception {
        try {
            WebSocket socket = builder.buildAsync(ws, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            return 101;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private String name(String who) {
        return identities.get(who)[0];
    }

    private void row(String who, String method, String path, Supplier<Object> body, Integer... expected) {
        rows.add(new Row(who, method, path, body, Set.of(expected)));
    }

    private void run() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            String path = row.path().replace("{inv}", captured.getOrDefault("inv", "none"))
                .replace("{sid}", captured.getOrDefault("sid", "none"));
            RequestSpecification request = row.who().equals("-") ? Api.anonymous()
                : Api.as(name(row.who()), identities.get(row.who())[1]);
            request = request.redirects().follow(false);
            if (row.body() != null) {
                request = request.contentType(ContentType.JSON).body(row.body().get());
            }
            Response response = request.request(row.method(), path);
            if (!row.expected().contains(response.statusCode())) {
                wrong.add(row.who() + " " + row.method() + " " + path + " → " + response.statusCode() + " (expected "
                    + row.expected() + "): " + response.body().asString());
            }
            if (response.statusCode() == 403 && !response.body().asString().contains("\"error\"")) {
                wrong.add(row.who() + " " + row.method() + " " + path + " → 403 without a reason");
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + rows.size() + " rows got another answer:\n" + String.join("\n", wrong));
        }
    }

    private static byte[] p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair().getPublic().getEncoded();
    }
}
