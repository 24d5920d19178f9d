package io.remoteassist.agent.share;

import io.remoteassist.agent.cli.Cli;
import io.remoteassist.agent.policy.BandwidthPolicy;
import io.remoteassist.agent.policy.PolicyClient;
import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.session.api.log.SessionLog;
import io.remoteassist.session.api.log.SessionLogEntry;
import io.remoteassist.session.api.log.SessionLogXml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Group Policy reaching the User's agent, against the server's production jar on PostgreSQL and Kafka: the pushed
 * bandwidth level sets the capture encoder, and the headless agent shows the policy's warning with its question,
 * prints what the session log records and keeps the log file (forced on by policy) in the documents folder.
 */
class AgentPolicyIT {

    private static final String CONNECT = "Only <help desk> staff may connect & watch.";

    private static ServerUnderTest server;
    private static String n;
    private static String pc;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server jar: ./mvnw package -DskipTests first");
        server = new ServerUnderTest(Map.of());
        n = UUID.randomUUID().toString().substring(0, 6);
        pc = "agent-" + n + ".contoso.test";
        server.identity("user" + n, "user");
        server.identity("helper" + n, "helper");
        server.post("admin", "api/directory", Map.of("domain", "contoso.test", "netbiosName", "CONTOSO"));
        server.post("admin", "api/directory/ous", Map.of("path", "Agents" + n));
        server.post("admin", "api/directory/computers", Map.of("fqdn", pc, "ou", "Agents" + n));
        server.post("admin", "api/directory/users", Map.of("accountName", "helper" + n));
        String gpo = server.post("admin", "api/policy/gpos", Map.of("name", "Agents " + n)).path("id").asText();
        server.putText("admin", "api/policy/gpos/" + gpo + "/settings/offer",
            "enabled control=full helpers=helper" + n);
        server.putText("admin", "api/policy/gpos/" + gpo + "/settings/logging", "enabled");
        server.putText("admin", "api/policy/gpos/" + gpo + "/settings/bandwidth", "enabled level=full");
        server.putText("admin", "api/policy/gpos/" + gpo + "/settings/warnings",
            "enabled connect=\"" + CONNECT + "\" control=\"You share your mouse and keyboard.\"");
        server.post("admin", "api/policy/gpos/" + gpo + "/links", Map.of("container", "ou:Agents" + n));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePushedBandwidthLevelSetsThe256ColourEncoder() throws Exception {
        AtomicReference<BandwidthLevel> applied = new AtomicReference<>();
        try (PolicyClient client = PolicyClient.builder(PolicyClient.endpointOf(server.base.toString()), pc)
            .credentials(server.identities.get("admin")).onApply(p -> applied.set(BandwidthPolicy.level(p))).build()
            .start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> applied.get() == BandwidthLevel.FULL_256_COLORS);
        }
        // a true-colour gradient tile: thousands of colours, so only the policy makes it a palette tile
        int[] pixels = new int[64 * 64];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (int) ((i * 2654435761L) & 0xFFFFFF);
        }
        Frame frame = new Frame(64, 64, pixels, List.of(new Rect(0, 0, 64, 64)), true, 0, System.nanoTime());
        Rect tile = new Rect(0, 0, 64, 64);
        assertThat(Capture.encoder(EncoderSettings.lossless()).encode(frame, tile).encoding())
            .isEqualTo(TileEncoding.RAW_DEFLATE);
        assertThat(Capture.encoder(EncoderSettings.lossless().withBandwidth(applied.get())).encode(frame, tile)
            .encoding()).isEqualTo(TileEncoding.PALETTE_DEFLATE);
    }

    @Test
    void theHeadlessAgentShowsTheWarningAndKeepsTheForcedLog(@TempDir Path documents) throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        InputStream stdin = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread agent;
        System.setIn(new PipedInputStream(typing));
        try {
            agent = new Thread(() -> new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                server.env("user" + n, "RA_DOCUMENTS", documents.toString(), "RA_SESSION_LOG", "off"))
                .run(new String[] {"agent", "--headless", "--user", "user" + n, "--computer", pc}));
            agent.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> out.toString(StandardCharsets.UTF_8)
                .contains("registered"));
        } finally {
            System.setIn(stdin);
        }
        String session = server.post("helper" + n, "api/offers", Map.of("helper", "helper" + n, "host", pc))
            .path("sessionId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> out.toString(StandardCharsets.UTF_8)
            .contains("wants to connect"));
        typing.write("y\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        await().atMost(Duration.ofSeconds(20)).until(() -> "VIEW_ONLY".equals(
            server.get("helper" + n, "api/sessions/" + session).path("state").asText()));
        server.post("helper" + n, "api/sessions/" + session + "/end", Map.of("actor", "helper" + n));
        await().atMost(Duration.ofSeconds(20)).until(() -> out.toString(StandardCharsets.UTF_8)
            .contains("log: saved"));
        typing.close();
        agent.join(20_000);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Warning: " + CONNECT + "\nhelper" + n + " wants to connect to your computer.")
            .contains("(Group Policy requires it)")
            .contains("helper" + n + " ended the session");
        Path file;
        try (Stream<Path> files = Files.list(documents.resolve("Remote Assistance Logs"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            file = all.get(0);
        }
        assertThat(file.getFileName().toString()).matches("\\d{14}\\.xml");
        SessionLog log = SessionLogXml.read(Files.readAllBytes(file));
        assertThat(log.forcedByPolicy()).isTrue();
        assertThat(log.sessionId()).isEqualTo(session);
        assertThat(log.entries()).extracting(SessionLogEntry::event).containsExactly("SessionRequestedEvent",
            "ConnectionAllowedEvent", "SessionEndedEvent");
        assertThat(log.entries().get(0).detail()).isEqualTo("warning before connecting: " + CONNECT);
    }
}
