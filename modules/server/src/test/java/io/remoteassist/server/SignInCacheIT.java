package io.remoteassist.server;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in that passed once is not checked with bcrypt again while the identity keeps its hash, yet a wrong password
 * is always refused, and a changed password or role counts from the next request on: over HTTP Basic and on the
 * policy WebSocket's upgrade.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SignInCacheIT {

    @TestHTTPResource("/agents/policy")
    URI policyEndpoint;

    @Inject
    AgroalDataSource dataSource;

    private final String n = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aChangedPasswordStopsWorkingAtOnceAndAWrongOneIsRefused() throws Exception {
        String name = "cache-" + n;
        String first = "first-password-" + n;
        String second = "second-password-" + n;
        put(name, first, "user");
        for (int i = 0; i < 3; i++) {
            assertThat(me(name, first)).isEqualTo(200);
            assertThat(upgrade(name, first)).isEqualTo(101);
        }
        assertThat(me(name, first + "x")).isEqualTo(401);
        assertThat(me(name, first.substring(1))).isEqualTo(401);
        assertThat(upgrade(name, "wrong-password")).isEqualTo(401);

        put(name, second, "user");
        assertThat(me(name, first)).isEqualTo(401);
        assertThat(upgrade(name, first)).isEqualTo(401);
        assertThat(me(name, second)).isEqualTo(200);
        assertThat(upgrade(name, second)).isEqualTo(101);
    }

    @Test
    void aChangedRoleCountsFromTheNextUpgrade() throws Exception {
        String name = "roles-" + n;
        String password = "a-password-" + n;
        put(name, password, "user");
        assertThat(upgrade(name, password)).isEqualTo(101);
        put(name, password, "helper");
        assertThat(upgrade(name, password)).isEqualTo(403);
        put(name, password, "user");
        assertThat(upgrade(name, password)).isEqualTo(101);
    }

    /** Another node set the password: this node has no word of it but the row, and the row is enough. */
    @Test
    void aPasswordChangedBehindThisNodesBackStopsWorkingAtOnce() throws Exception {
        String name = "node-" + n;
        String donor = "donor-" + n;
        String password = "old-password-" + n;
        String elsewhere = "new-password-" + n;
        put(name, password, "user");
        put(donor, elsewhere, "user");
        assertThat(me(name, password)).isEqualTo(200);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
            "update ra_identity t set password_hash = d.password_hash, salt = d.salt, iteration_count = "
                + "d.iteration_count from ra_identity d where t.name = ? and d.name = ?")) {
            s.setString(1, name);
            s.setString(2, donor);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(me(name, password)).isEqualTo(401);
        assertThat(me(name, elsewhere)).isEqualTo(200);
    }

    private static void put(String name, String password, String role) {
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
            .body(Map.of("password", password, "roles", List.of(role)))
            .put("/api/identities/" + name).then().statusCode(200);
    }

    private static int me(String name, String password) {
        return Api.anonymous().auth().preemptive().basic(name, password).get("/api/identities/me").statusCode();
    }

    private int upgrade(String name, String password) throws Exception {
        URI ws = URI.create(policyEndpoint.toString().replaceFirst("^http", "ws"));
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (name + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .buildAsync(ws, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }
}
