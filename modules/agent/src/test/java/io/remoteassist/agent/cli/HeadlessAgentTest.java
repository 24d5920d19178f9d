package io.remoteassist.agent.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal agent against a small HTTP double that has one session waiting for consent. */
class HeadlessAgentTest {

    private static final String SESSION = "3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + body));
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            String answer = query.contains("state=AWAITING_CONSENT")
                ? "[{\"sessionId\":\"" + SESSION + "\",\"helper\":\"bob\",\"state\":\"AWAITING_CONSENT\"}]"
                : exchange.getRequestURI().getPath().endsWith("/consent") ? "{\"state\":\"VIEW_ONLY\"}"
                : exchange.getRequestMethod().equals("GET") ? "[]" : "{}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
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

    @Test
    void theUserIsAskedOnTheTerminalAndTheAnswerGoesToTheServer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var agent = new HeadlessAgent(new ServerClient("http://127.0.0.1:" + server.getAddress().getPort()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("y\n")));

        agent.run("alice", "alice-pc.example.test");

        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains("bob wants to connect to your computer. Allow? [y/N]")
            .contains("session " + SESSION + ": VIEW_ONLY");
        assertThat(requests.get(0)).startsWith("POST /api/computers {\"fqdn\":\"alice-pc.example.test\"");
        assertThat(requests).contains("POST /api/sessions/" + SESSION + "/consent {\"allow\":true}")
            .contains("DELETE /api/computers/alice-pc.example.test");
    }

    @Test
    void anythingButYesIsANo() throws Exception {
        var agent = new HeadlessAgent(new ServerClient("http://127.0.0.1:" + server.getAddress().getPort()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new BufferedReader(new StringReader("\n")));
        agent.run("alice", "alice-pc.example.test");
        assertThat(requests).contains("POST /api/sessions/" + SESSION + "/consent {\"allow\":false}");
    }

    @Test
    void everyRequestCarriesTheUsersBasicCredentials() throws Exception {
        var agent = new HeadlessAgent(new ServerClient("http://127.0.0.1:" + server.getAddress().getPort(),
            new io.remoteassist.agent.Credentials("alice", "s3cret-pass")),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new BufferedReader(new StringReader("y\n")));
        agent.run("alice", "alice-pc.example.test");
        assertThat(authorizations).isNotEmpty().allMatch(("Basic " + java.util.Base64.getEncoder()
            .encodeToString("alice:s3cret-pass".getBytes(StandardCharsets.UTF_8)))::equals);
    }
}
