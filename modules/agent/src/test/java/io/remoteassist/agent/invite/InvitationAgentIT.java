package io.remoteassist.agent.invite;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.cli.Cli;
import io.remoteassist.agent.share.ServerUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The User's agent and the Helper's {@code ra open} against the real server (its production jar, on real
 * PostgreSQL and Kafka): {@code ra invite} makes the invitation in the agent (password, verifier, file) and
 * registers metadata only; the running agent answers on the relay; {@code ra open FILE --password PW} proves the
 * password through the relay and gets the session; closing the agent withdraws what is still open.
 */
class InvitationAgentIT {

    private static ServerUnderTest server;
    private static Path state;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server build: ./mvnw -pl modules/server "
            + "-am package -DskipTests");
        server = new ServerUnderTest(Map.of());
        server.identity("carol", "helper");
        server.identity("zoe", "user");
        server.identity("yann", "user");
        server.identity("auditor", "auditor");
        state = Files.createTempDirectory("ra-agent-state");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHelperOpensTheFileWithThePasswordThroughTheRelayAndTheAgentDecides() throws Exception {
        Path dir = Files.createTempDirectory("ra-invitations");
        ByteArrayOutputStream agentLog = new ByteArrayOutputStream();
        try (InvitationAgent agent = new InvitationAgent(server.base, server.identities.get("alice"),
            new InvitationStore(state.resolve("invitations")), new PrintStream(agentLog, true), Clock.systemUTC())) {
            Result invite = ra("alice", "invite", "--user", "alice", "--computer", "alice-pc.example.test", "--minutes",
                "30", "--save-as-file", dir.toString());
            assertThat(invite.code()).as(invite.err()).isZero();
            String id = field(invite.out(), "invitation");
            String password = field(invite.out(), "password");
            Path file = Path.of(field(invite.out(), "file"));
            assertThat(password).hasSize(12).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
            assertThat(Files.readString(file)).contains("LHTICKET=").doesNotContain(password);
            // the agent keeps the verifier, never the password
            assertThat(Files.readString(state.resolve("invitations").resolve(id + ".json")))
                .contains("\"verifier\"").doesNotContain(password);

            // like Windows, nothing answers until the agent runs
            Result early = ra("bob", "open", file.toString(), "--password", password, "--helper", "bob");
            assertThat(early.code()).isEqualTo(1);
            assertThat(early.err()).contains("the User's agent is not running");

            assertThat(agent.serveStored()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> agent.serving(id));
            Result wrong = awaitAnswer("bob", "open", file.toString(), "--password", "NOT" + password.substring(3),
                "--helper", "bob");
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).isEqualTo("ra open: wrong password\n");

            Result right = ra("bob", "open", file.toString(), "--password", password, "--helper", "bob");
            assertThat(right.code()).as(right.err()).isZero();
            String session = field(right.out(), "session");
            assertThat(right.out()).contains("nothing can show the User's screen in this session")
                .contains("/console/  ->  Open invitation");
            await().atMost(Duration.ofSeconds(10)).until(() -> agent.sessionKey(session).isPresent());
            assertThat(agentLog.toString(StandardCharsets.UTF_8))
                .contains("invitation " + id + ": a Helper gave a wrong password")
                .contains("invitation " + id + ": the Helper proved the password; session " + session);

            Result again = ra("carol", "open", file.toString(), "--password", password, "--helper", "carol");
            assertThat(again.err()).contains("the invitation was already used");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(types(id)).containsExactly("InvitationCreatedEvent", "InvitationDeliveredEvent",
                    "InvitationPasswordRejectedEvent", "InvitationAcceptedEvent", "InvitationOpeningRefusedEvent");
                assertThat(server.get("bob", "api/sessions/" + session).path("helper").asText()).isEqualTo("bob");
            });
        }
    }

    @Test
    void closingTheAgentWithdrawsItsOpenInvitations() throws Exception {
        ByteArrayOutputStream agentLog = new ByteArrayOutputStream();
        String id;
        try (InvitationAgent agent = new InvitationAgent(server.base, server.identities.get("zoe"), null,
            new PrintStream(agentLog, true), Clock.systemUTC())) {
            InvitationMaker.Made made = agent.maker().make("zoe", "zoe-pc.example.test", 30, "file", "my own pass");
            id = made.invitation().id();
            agent.serve(made.invitation());
            await().atMost(Duration.ofSeconds(10)).until(() -> agent.serving(id));
        }
        assertThat(agentLog.toString(StandardCharsets.UTF_8)).contains("invitation " + id + ": withdrawn (agent closed)");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(items(id)).anySatisfy(row ->
            assertThat(row.path("summary").asText()).isEqualTo("zoe revoked the invitation: agent closed")));
    }

    @Test
    void aTooShortPasswordOfTheUsersOwnIsRefusedBeforeAnythingIsRegistered() {
        Result result = ra("yann", "invite", "--user", "yann", "--computer", "yann-pc.example.test", "--password",
            "short");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ra invite: the password must be at least 8 characters\n");
    }

    /** The relay may see the attempt before the agent's socket is there: ask again until the agent answers. */
    private static Result awaitAnswer(String as, String... argv) throws InterruptedException {
        for (int i = 0; ; i++) {
            Result result = ra(as, argv);
            if (!result.err().contains("not running") || i > 50) {
                return result;
            }
            Thread.sleep(100);
        }
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs {@code ra} signed in as {@code as}. */
    private static Result ra(String as, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true), new PrintStream(err, true),
            server.env(as, "RA_STATE_DIR", state.toString(), "USER", "tester")).run(argv);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String field(String output, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": (.*)$").matcher(output);
        assertThat(m.find()).as(name + " in " + output).isTrue();
        return m.group(1).trim();
    }

    private static List<JsonNode> items(String id) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        server.get("auditor", "api/audit?size=100&aggregateId=" + id).path("items").forEach(rows::add);
        return rows;
    }

    private static List<String> types(String id) throws Exception {
        return items(id).stream().map(row -> row.path("eventType").asText()).toList();
    }
}
