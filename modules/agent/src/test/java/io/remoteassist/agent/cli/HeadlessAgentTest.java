package io.remoteassist.agent.cli;

import com.sun.net.httpserver.HttpServer;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionSummary;
import io.remoteassist.session.api.log.SessionLogEntries;
import io.remoteassist.session.api.log.SessionLogXml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal agent against a small HTTP double that has one session waiting for consent. */
class HeadlessAgentTest {

    private static final String SESSION = "3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03";
    private static final Instant T0 = Instant.parse("2026-11-25T02:40:07Z");
    private static final String WARNING = "Support <staff> sees everything.";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile boolean forced;

    @TempDir
    Path documents;

    private static byte[] log(boolean forced) {
        SessionId id = SessionId.parse(SESSION);
        return SessionLogXml.toBytes(SessionLogEntries.log(SESSION, List.of(
            new SessionLogEntries.Stamped(new SessionRequestedEvent(id, "alice", "alice-pc", "bob", SessionMode.OFFERED,
                null, WARNING, T0), T0),
            new SessionLogEntries.Stamped(new ConnectionAllowedEvent(id, "alice", T0.plusSeconds(2)),
                T0.plusSeconds(2)),
            new SessionLogEntries.Stamped(new SessionEndedEvent(id, "bob", "ended", Duration.ofSeconds(5),
                T0.plusSeconds(5), new SessionSummary(Duration.ofSeconds(5), Duration.ZERO, "bob", "ended", 7, 3)),
                T0.plusSeconds(5))), forced));
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + body));
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            String path = exchange.getRequestURI().getPath();
            byte[] bytes = path.endsWith("/log") ? log(forced) : (query.contains("state=AWAITING_CONSENT")
                ? "[{\"sessionId\":\"" + SESSION + "\",\"helper\":\"bob\",\"state\":\"AWAITING_CONSENT\","
                    + "\"warningBeforeConnecting\":\"" + WARNING + "\"}]"
                : path.endsWith("/consent") ? "{\"state\":\"VIEW_ONLY\"}"
                : exchange.getRequestMethod().equals("GET") ? "[]" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HeadlessAgent agent(ByteArrayOutputStream out, String input, boolean logOff) {
        return new HeadlessAgent(new ServerClient("http://127.0.0.1:" + server.getAddress().getPort()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader(input)),
            documents, logOff, ZoneOffset.UTC);
    }

    @Test
    void theUserIsAskedOnTheTerminalAndTheAnswerGoesToTheServer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent(out, "y\n", false).run("alice", "alice-pc.example.test");

        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains("bob wants to connect to your computer. Allow? [y/N]")
            .contains("session " + SESSION + ": VIEW_ONLY");
        assertThat(requests.get(0)).startsWith("POST /api/computers {\"fqdn\":\"alice-pc.example.test\"");
        assertThat(requests).contains("POST /api/sessions/" + SESSION + "/consent {\"allow\":true}")
            .contains("DELETE /api/computers/alice-pc.example.test");
    }

    @Test
    void anythingButYesIsANo() throws Exception {
        agent(new ByteArrayOutputStream(), "\n", false).run("alice", "alice-pc.example.test");
        assertThat(requests).contains("POST /api/sessions/" + SESSION + "/consent {\"allow\":false}");
    }

    @Test
    void thePolicysWarningComesBeforeTheQuestion() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent(out, "y\n", false).run("alice", "alice-pc.example.test");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Warning: " + WARNING + "\nbob wants to connect to your computer. Allow? [y/N]");
    }

    @Test
    void theSessionLogIsPrintedAndKeptInTheDocumentsFolder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent(out, "y\n", false).run("alice", "alice-pc.example.test");

        Path file = documents.resolve("Remote Assistance Logs/20261125024007.xml");
        assertThat(file).exists();
        assertThat(SessionLogXml.read(Files.readAllBytes(file)).entries()).hasSize(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains("log: [2026-11-25T02:40:07Z] bob asks to connect to alice on alice-pc (OFFERED): "
                + "warning before connecting: " + WARNING)
            .contains("log: [2026-11-25T02:40:12Z] bob ended the session (ended) after 5 s: duration 5 s")
            .contains("log: saved " + file);
    }

    @Test
    void theUserMayTurnTheLogOffUnlessPolicyForcesIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        agent(out, "y\n", true).run("alice", "alice-pc.example.test");
        assertThat(documents.resolve("Remote Assistance Logs")).doesNotExist();
        // what is recorded is still shown
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("log: no log file is kept")
            .contains("bob ended the session");

        forced = true;
        requests.clear();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        agent(again, "y\n", true).run("alice", "alice-pc.example.test");
        assertThat(documents.resolve("Remote Assistance Logs/20261125024007.xml")).exists();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("(Group Policy requires it)");
    }

    @Test
    void everyRequestCarriesTheUsersBasicCredentials() throws Exception {
        var agent = new HeadlessAgent(new ServerClient("http://127.0.0.1:" + server.getAddress().getPort(),
            new io.remoteassist.agent.Credentials("alice", "s3cret-pass")),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new BufferedReader(new StringReader("y\n")), documents, false, ZoneOffset.UTC);
        agent.run("alice", "alice-pc.example.test");
        assertThat(authorizations).isNotEmpty().allMatch(("Basic " + java.util.Base64.getEncoder()
            .encodeToString("alice:s3cret-pass".getBytes(StandardCharsets.UTF_8)))::equals);
    }
}
