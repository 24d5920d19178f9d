package io.remoteassist.agent.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy verbs against a small HTTP double that answers like the server's policy API. */
class PolicyVerbsTest {

    private static final String GPO = "0f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e01";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private Cli cli;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().toString();
            requests.add(exchange.getRequestMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
            String answer = switch (exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()) {
                case "GET /api/policy/gpos" -> "[{\"id\":\"" + GPO + "\",\"name\":\"Help desk\",\"enabled\":true}]";
                case "PUT /api/policy/gpos/" + GPO + "/settings/solicited" ->
                    "{\"line\":\"solicited enabled control=view maxTicket=2h email=smapi\"}";
                case "GET /api/policy/rsop" -> "{\"applied\":[{\"gpoName\":\"Help desk\",\"container\":\"ou:Sales\"}],"
                    + "\"filtered\":[],\"settings\":[{\"key\":\"solicited\",\"state\":\"ENABLED\","
                    + "\"options\":{\"control\":\"view\"},\"winner\":{\"gpoName\":\"Help desk\",\"container\":\"ou:Sales\"}},"
                    + "{\"key\":\"offer\",\"state\":\"NOT_CONFIGURED\",\"options\":{},\"winner\":null}]}";
                default -> "{\"status\":404,\"error\":\"no such thing\"}";
            };
            int status = answer.startsWith("{\"status\":404") ? 404 : 200;
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("RA_SERVER", "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void settingAPolicyByNameSendsTheTextFormToThatPolicyObject() {
        int rc = cli.run(new String[] {"policy", "set", "Help desk", "solicited", "enabled", "control=view",
            "maxTicket=2h"});
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(requests).contains("PUT /api/policy/gpos/" + GPO + "/settings/solicited enabled control=view maxTicket=2h");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("set solicited enabled control=view maxTicket=2h");
    }

    @Test
    void gpresultPrintsEachSettingAndTheGpoThatWon() {
        assertThat(cli.run(new String[] {"gpresult", "pc1.contoso.test"})).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("applied: Help desk @ ou:Sales")
            .contains("setting: solicited = ENABLED control=view  [Help desk @ ou:Sales]")
            .contains("setting: offer = NOT_CONFIGURED  [default]");
        assertThat(requests).contains("GET /api/policy/rsop?computer=pc1.contoso.test");
    }

    @Test
    void anUnknownPolicyObjectNameIsAClearError() {
        assertThat(cli.run(new String[] {"policy", "show", "Nope"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no policy object named 'Nope'");
    }
}
