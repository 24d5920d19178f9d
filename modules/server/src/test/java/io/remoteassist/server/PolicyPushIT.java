package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remoteassist.policy.api.ComputerPolicyId;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PolicyPushIT {

    private static final String DOMAIN = "contoso.test";

    @TestHTTPResource("/agents/policy")
    URI endpoint;

    private String n;

    @BeforeEach
    void aDirectoryExists() {
        n = UUID.randomUUID().toString().substring(0, 6);
        if (given().get("/api/directory").statusCode() == 404) {
            json(Map.of("domain", DOMAIN, "netbiosName", "CONTOSO")).post("/api/directory").then().statusCode(201);
        }
    }

    @Test
    void aConnectedAgentGetsItsPolicyAtOnceAndEveryChangeWithinASecond() throws Exception {
        String pc = computerInOwnOu("Push" + n);
        String gpo = gpo("Push " + n);
        setting(gpo, "solicited", "enabled control=full maxTicket=2h");
        link(gpo, "ou:Push" + n);

        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            // the answer to hello comes from what the policy view holds; a link made just before may arrive as the
            // next round's change instead, within the same second
            await().atMost(Duration.ofSeconds(5)).until(() -> agent.messages().stream()
                .anyMatch(m -> m.at("/settings/solicited/options/control").asText().equals("full")));
            JsonNode first = agent.messages().stream()
                .filter(m -> m.at("/settings/solicited/options/control").asText().equals("full")).findFirst()
                .orElseThrow();
            assertThat(first.path("type").asText()).isEqualTo("policy");
            assertThat(first.path("reason").asText()).isIn("hello", "change");
            assertThat(first.path("computer").asText()).isEqualTo(pc);
            assertThat(first.at("/settings/solicited/gpoName").asText()).isEqualTo("Push " + n);

            int before = agent.messages().size();
            long changedAt = System.nanoTime();
            setting(gpo, "solicited", "enabled control=view maxTicket=2h");
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> agent.messages().size() > before);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt);
            JsonNode change = agent.messages().get(before);
            assertThat(change.path("reason").asText()).isEqualTo("change");
            assertThat(change.at("/settings/solicited/options/control").asText()).isEqualTo("view");
            assertThat(change.path("version").asText()).isNotEqualTo(first.path("version").asText());
            System.out.println("policy change reached the agent in " + millis + " ms (after the PUT answered)");
        }
    }

    @Test
    void aChangeThatDoesNotAlterTheComputersPolicyIsNotPushed() throws Exception {
        String pc = computerInOwnOu("Quiet" + n);
        json(Map.of("path", "Other" + n)).post("/api/directory/ous").then().statusCode(201);
        String other = gpo("Other " + n);
        link(other, "ou:Other" + n);

        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            agent.awaitMessage(0, Duration.ofSeconds(5));
            setting(other, "logging", "enabled");
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> agent.messages().size() == 1);
        }
    }

    @Test
    void anAcknowledgedVersionIsRecordedOnceAsPolicyAppliedEvent() throws Exception {
        String pc = computerInOwnOu("Ack" + n);
        String gpo = gpo("Ack " + n);
        setting(gpo, "logging", "enabled");
        link(gpo, "ou:Ack" + n);

        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            String version = agent.awaitMessage(0, Duration.ofSeconds(5)).path("version").asText();
            agent.send(Map.of("type", "ack", "version", version));
            agent.send(Map.of("type", "ack", "version", version));
            String record = ComputerPolicyId.of(pc).toString();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(record))
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("eventType", "PolicyAppliedEvent").containsEntry("actor", pc);
                    assertThat((String) row.get("summary")).contains(pc).contains(version);
                }));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/api/policy/agents").then()
                .statusCode(200).body("findAll { it.computer == '" + pc + "' }.appliedVersion", hasItems(version)));
        }
    }

    @Test
    void anOfflineAgentGetsTheCurrentPolicyWhenItReconnects() throws Exception {
        String pc = computerInOwnOu("Away" + n);
        String gpo = gpo("Away " + n);
        setting(gpo, "bandwidth", "enabled level=no-drag");
        link(gpo, "ou:Away" + n);
        String before;
        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            before = agent.awaitMessage(0, Duration.ofSeconds(5)).path("version").asText();
        }
        setting(gpo, "bandwidth", "enabled level=full");
        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            JsonNode now = agent.awaitMessage(0, Duration.ofSeconds(5));
            assertThat(now.at("/settings/bandwidth/options/level").asText()).isEqualTo("full");
            assertThat(now.path("version").asText()).isNotEqualTo(before);
        }
    }

    @Test
    void aForcedRefreshResendsTheSameVersionAndBadMessagesGetAnError() throws Exception {
        String pc = computerInOwnOu("Force" + n);
        try (TestAgent agent = TestAgent.connect(ws(), pc)) {
            String version = agent.awaitMessage(0, Duration.ofSeconds(5)).path("version").asText();
            agent.send(Map.of("type", "refresh", "force", true));
            JsonNode again = agent.awaitMessage(1, Duration.ofSeconds(5));
            assertThat(again.path("reason").asText()).isEqualTo("forced-refresh");
            assertThat(again.path("version").asText()).isEqualTo(version);
            agent.socket.sendText("{\"type\":\"dance\"}", true).join();
            assertThat(agent.awaitMessage(2, Duration.ofSeconds(5)).path("type").asText()).isEqualTo("error");
        }
    }

    @Test
    void theCatalogListsTheSixSettingsWithTheirOptions() {
        given().get("/api/policy/catalog").then().statusCode(200)
            .body("key", equalTo(List.of("solicited", "offer", "vista-only", "logging", "bandwidth", "warnings")))
            .body("find { it.key == 'solicited' }.displayName", equalTo("Configure Solicited Remote Assistance"))
            .body("find { it.key == 'bandwidth' }.options[0].choices",
                equalTo(List.of("none", "no-drag", "no-background", "full")));
    }

    private URI ws() {
        return URI.create(endpoint.toString().replaceFirst("^http", "ws"));
    }

    private String computerInOwnOu(String ou) {
        json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        String pc = ou.toLowerCase() + "-pc." + DOMAIN;
        json(Map.of("fqdn", pc, "ou", ou)).post("/api/directory/computers").then().statusCode(201);
        return pc;
    }

    static String gpo(String name) {
        return json(Map.of("name", name)).post("/api/policy/gpos").then().statusCode(201)
            .extract().jsonPath().getString("id");
    }

    static void setting(String gpo, String key, String text) {
        given().contentType(ContentType.TEXT).body(text).put("/api/policy/gpos/" + gpo + "/settings/" + key)
            .then().statusCode(200);
    }

    static void link(String gpo, String container) {
        json(Map.of("container", container)).post("/api/policy/gpos/" + gpo + "/links").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    /** A bare agent: says hello, keeps every message it receives. */
    static final class TestAgent implements WebSocket.Listener, AutoCloseable {

        private static final ObjectMapper JSON = new ObjectMapper();
        private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static TestAgent connect(URI uri, String computer) throws Exception {
            TestAgent agent = new TestAgent();
            agent.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    ("policy-agent:" + Api.identity("policy-agent", "user")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .buildAsync(uri, agent)
                .get(10, TimeUnit.SECONDS);
            agent.send(Map.of("type", "hello", "computer", computer, "ipAddresses", List.of()));
            return agent;
        }

        List<JsonNode> messages() {
            return messages;
        }

        JsonNode awaitMessage(int index, Duration timeout) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(10)).until(() -> messages.size() > index);
            return messages.get(index);
        }

        void send(Map<String, ?> message) throws Exception {
            socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
        }
    }
}
