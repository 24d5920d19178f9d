package io.remoteassist.agent.share;

import io.remoteassist.agent.cli.Cli;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.transport.api.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every connection to the server over TLS: the production jar with HTTPS only (plain HTTP off), its certificate
 * signed by a CA of this run. The User's agent and the Helper reach it through a recording TCP pass-through, so the
 * test sees the bytes on the wire: the invitation handshake (agent and {@code ra open}) and an encrypted screen
 * session ({@code ra share}, a Helper on the relay) travel as TLS records only. A plain {@code ws://} upgrade at
 * the TLS port fails, and a client that does not trust the CA says so in one line.
 */
class TlsIT {

    private static ServerUnderTest server;
    private static WireTap tap;
    private static URI tapped;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server jar: ./mvnw package -DskipTests first");
        tap = new WireTap();
        // the invitation files name the pass-through as the relay, so the Helper's ra open goes through it too
        server = ServerUnderTest.overTls(Map.of("ra.relay.port", String.valueOf(tap.port())));
        tap.forwardTo(server.port);
        tapped = URI.create("https://localhost:" + tap.port() + "/");
    }

    @AfterAll
    static void stop() throws IOException {
        if (tap != null) {
            tap.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theInvitationHandshakeAndTheScreenTravelAsTlsRecordsOnly(@TempDir Path documents) throws Exception {
        String session;
        try (InvitationAgent agent = new InvitationAgent(tapped, server.identities.get("alice"), null,
            new PrintStream(new ByteArrayOutputStream(), true), Clock.systemUTC())) {
            InvitationMaker.Made made = agent.maker().make("alice", "alice-pc.example.test", 30, "file", null);
            agent.serve(made.invitation());
            session = openWhenTheAgentIsThere(made);
        }
        assertThat(session).isNotBlank();

        boolean display = System.getenv("DISPLAY") != null;
        if (display) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
            Map<String, String> env = new java.util.HashMap<>(server.env("alice", "RA_DOCUMENTS",
                documents.toString()));
            env.put("RA_SERVER", tapped.toString());
            CompletableFuture<Integer> share = CompletableFuture.supplyAsync(() -> new Cli(out, out, env)
                .run(new String[] {"share", session, "--headless", "--display", System.getenv("DISPLAY")}));
            HelperEnd helper = null;
            try {
                server.consent(session);
                helper = new HelperEnd(new ServerApi(tapped, server.identities.get("bob")), session);
                HelperEnd bob = helper;
                await().atMost(Duration.ofSeconds(30)).until(bob::keyed);
                await().atMost(Duration.ofSeconds(30)).until(() -> bob.tiles() > 0);
            } catch (AssertionError | RuntimeException e) {
                System.out.println("ra share said:\n" + log.toString(StandardCharsets.UTF_8) + "\nserver log "
                    + server.log);
                throw e;
            } finally {
                if (helper != null) {
                    helper.close();
                }
                server.post("alice", "api/sessions/" + session + "/end", Map.of());
                share.get(30, TimeUnit.SECONDS);
            }
        }

        List<byte[][]> wire = tap.connections();
        // the agent's REST calls and its relay socket, ra open's relay socket, and with a display ra share's and the
        // Helper's relay sockets
        assertThat(wire).hasSizeGreaterThanOrEqualTo(display ? 4 : 2);
        for (byte[][] connection : wire) {
            byte[] sent = connection[0];
            assertThat(sent.length).isGreaterThan(5);
            assertThat(sent[0]).as("a TLS handshake record opens every connection").isEqualTo((byte) 0x16);
            assertThat(sent[1]).as("TLS major version").isEqualTo((byte) 0x03);
            String clear = new String(sent, StandardCharsets.ISO_8859_1);
            String answer = new String(connection[1], StandardCharsets.ISO_8859_1);
            assertThat(clear).doesNotContainIgnoringCase("Upgrade: websocket").doesNotContain("GET /relay")
                .doesNotContain("/relay/").doesNotContain("Authorization").doesNotContain(session);
            assertThat(answer).doesNotContain("HTTP/1.1").doesNotContain(session);
            assertThat(connection[1].length == 0 || connection[1][0] == 0x16).isTrue();
        }
        long relayed = wire.stream().mapToLong(c -> c[0].length + c[1].length).sum();
        assertThat(relayed).isGreaterThan(display ? 20_000 : 2_000);
    }

    private static String openWhenTheAgentIsThere(InvitationMaker.Made made) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return OpenCommand.open(made.file(), made.password(), "bob", tapped).sessionId();
            } catch (InvitationException e) {
                // the agent's socket may not have reached the relay yet
                if (!e.getMessage().contains("not running") || attempt > 100) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * The Helper console in headless Chromium from {@code https://}, the server's key pinned (no certificate error
     * ignored but that one key's), shows the User's screen: the relay's socket can only be {@code wss://}.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void theConsoleOverHttpsShowsTheScreenOverWss() throws Exception {
        assumeTrue(ConsoleModules.available(), "needs chromium and chromium-driver");
        assumeTrue(PipelineITSupport.run("xsetroot", "-solid", "#2e8b57") == 0, "needs xsetroot (x11-xserver-utils)");
        String session = server.openSession();
        String display = System.getenv("DISPLAY");
        ShareSession agent = new ShareSession(new ShareOptions(server.base, session, display, true, false, 10, false,
            "alice", server.identities.get("alice")), new PrintStream(new ByteArrayOutputStream(), true), () -> false);
        String pin = io.remoteassist.devstack.LocalCertificates.spkiPin(
            io.remoteassist.devstack.LocalCertificates.serverCertificate(server.tls));
        ChromeDriver browser = ConsoleModules.chromium(Files.createTempDirectory("ra-chromium"),
            "--ignore-certificate-errors-spki-list=" + pin);
        try {
            agent.start();
            agent.runInBackground("agent-follow");
            PipelineITSupport.signIn(browser, server.base.resolve("console/index.html").toString(),
                server.identities.get("bob"));
            browser.get(server.base.resolve("console/#" + session).toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.findElement(By.id("confirmation")).getText()
                .matches("\\d{6}"));
            server.consent(session);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                List<Long> size = PipelineITSupport.canvasSize(browser);
                return size.get(0) > 0 && java.util.Arrays.stream(PipelineITSupport.canvasGrid(browser,
                    size.get(0).intValue(), size.get(1).intValue(), 64)).anyMatch(rgb -> rgb == 0x2e8b57);
            });
            assertThat(browser.executeScript("return location.protocol")).isEqualTo("https:");
            Files.write(Path.of("target", "console-over-https.png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (AssertionError | RuntimeException e) {
            System.out.println("server log " + server.log);
            browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> System.out.println("browser: " + entry.getMessage()));
            throw e;
        } finally {
            browser.quit();
            agent.close();
        }
    }

    @Test
    void plainHttpIsOffAndAPlainWebSocketAtTheTlsPortFails() throws Exception {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI ws = URI.create("ws://localhost:" + server.port + "/relay/invitation/x/HELPER?helper=bob");
        assertThatThrownBy(() -> plain.newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() { })
            .get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port
            + "/q/health/live")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()))
            .isInstanceOf(IOException.class);
        // the plain port of this server (RA_PORT) is not open at all
        assertThatThrownBy(() -> new Socket("localhost", server.plainPort).close())
            .isInstanceOf(ConnectException.class);
        assertThat(HttpClients.builder(server.tls.ca()).build().send(HttpRequest.newBuilder(server.base
            .resolve("q/health/live")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatDoesNotTrustTheCaSaysSoInOneLine() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(server.env("alice"));
        env.remove("RA_CA_FILE");
        Ra whoami = ra(env, "whoami");
        assertThat(whoami.code()).isEqualTo(1);
        assertThat(whoami.err().strip()).startsWith("ra whoami: ")
            .contains("cannot trust the TLS certificate of localhost:" + server.port).contains("set RA_CA_FILE")
            .doesNotContain("\n").doesNotContain("Exception")
            .doesNotContain("\tat ");

        Path otherCa = io.remoteassist.devstack.LocalCertificates.ensure(Files.createTempDirectory("ra-other-ca")).ca();
        env.put("RA_CA_FILE", otherCa.toString());
        Ra other = ra(env, "whoami");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err().strip()).contains("cannot trust the TLS certificate of localhost:" + server.port)
            .contains("nor by " + otherCa).doesNotContain("\n");

        // the Helper's ra open: the relay's wss:// socket says the same
        try (InvitationAgent agent = new InvitationAgent(tapped, server.identities.get("alice"), null,
            new PrintStream(new ByteArrayOutputStream(), true), Clock.systemUTC())) {
            InvitationMaker.Made made = agent.maker().make("alice", "alice-pc.example.test", 30, "file", null);
            agent.serve(made.invitation());
            Path file = Files.write(Files.createTempFile("ra-invitation", ".msrcincident"), made.file());
            Map<String, String> bob = new java.util.HashMap<>(server.env("bob"));
            bob.remove("RA_CA_FILE");
            Ra open = ra(bob, "open", file.toString(), "--password", made.password(), "--helper", "bob");
            assertThat(open.code()).isEqualTo(1);
            assertThat(open.err().strip()).startsWith("ra open: ").contains("wss://localhost:" + tap.port())
                .contains("cannot trust the TLS certificate of localhost:" + tap.port()).doesNotContain("\n")
                .doesNotContain("Exception");
        }

        env.put("RA_CA_FILE", server.tls.ca().toString());
        Ra trusted = ra(env, "whoami");
        assertThat(trusted.code()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains("alice");
    }

    private record Ra(int code, String out, String err) {
    }

    /** {@code ra ARGS} in a JVM of its own, with only {@code env} (no CA from this JVM's properties). */
    private static Ra ra(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"), "io.remoteassist.agent.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("RA_CA_FILE");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("ra-out", ".txt");
        Path err = Files.createTempFile("ra-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ra(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
