package io.remoteassist.agent.share;

import io.remoteassist.agent.share.PipelineITSupport.Tee;
import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.cli.Cli;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.protocol.FrameParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.remoteassist.agent.share.PipelineITSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The solicited flow a person runs, in real parts: the User's {@code ra agent --headless} on an X display with a
 * known picture, {@code ra invite --save-as-file}, and the Helper's console in headless Chromium opening that file
 * with its password (the file and password stay in the browser). The SRP-6a key of the handshake keys the session:
 * a recorder in front of the server keeps every byte both ends sent, and it holds no key agreement frame, no key
 * signing request, no password, and screen content only as ciphertext.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class InvitationConsoleIT {

    private static final int STEP = 16;

    private static ServerUnderTest server;
    private static WireRecorder recorder;

    @BeforeAll
    static void startEverything() throws Exception {
        assumeTrue(ConsoleModules.available(), "needs chromium and chromium-driver");
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server jar: ./mvnw package -DskipTests first");
        assumeTrue(run("xsetroot", "-solid", "#2e8b57") == 0, "needs xsetroot (x11-xserver-utils)");
        server = new ServerUnderTest(Map.of());
        recorder = new WireRecorder(server.base.getPort());
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (recorder != null) {
            recorder.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theHelperOpensTheInvitationInTheConsoleAndSeesTheScreenKeyedByTheHandshake() throws Exception {
        String base = "http://localhost:" + recorder.port() + "/";
        Path state = Files.createTempDirectory("ra-state");
        Map<String, String> alice = new HashMap<>(server.env("alice", "RA_STATE_DIR", state.toString(),
            "RA_DOCUMENTS", Files.createTempDirectory("ra-docs").toString()));
        alice.put("RA_SERVER", base);
        Path folder = Files.createTempDirectory("ra-invitation");
        String invited = ra(alice, "invite", "--user", "alice", "--computer", "alice-pc.example.test",
            "--minutes", "30", "--save-as-file", folder.toString());
        String invitation = line(invited, "invitation: (\\S+)");
        String password = line(invited, "password: (\\S+)");
        Path file = Path.of(line(invited, "file: (.+)"));

        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        ByteArrayOutputStream agentLog = new ByteArrayOutputStream();
        PrintStream agentOut = new PrintStream(new Tee(agentLog, System.out), true, StandardCharsets.UTF_8);
        Thread agent = new Thread(() -> new Cli(agentOut, agentOut, alice, stdin).run(new String[] {"agent",
            "--headless", "--user", "alice", "--computer", "alice-pc.example.test", "--display",
            System.getenv("DISPLAY")}), "ra-agent");
        agent.setDaemon(true);
        agent.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> said(agentLog, "invitation " + invitation + ": waiting"));

        ChromeDriver browser = ConsoleModules.chromium(Files.createTempDirectory("ra-chromium"));
        try {
            PipelineITSupport.signIn(browser, base + "console/index.html", server.identities.get("bob"));

            // a wrong password: the console says so, the User's agent refused it, the server recorded it
            openInvitation(browser, file, "NOT-THE-PASSWORD");
            await().atMost(Duration.ofSeconds(30)).until(() -> text(browser, "message").startsWith("Wrong password"));
            Files.write(Path.of("target", "console-open-invitation.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            assertThat(said(agentLog, "invitation " + invitation + ": a Helper gave a wrong password")).isTrue();
            server.identity("audit1", "auditor");
            await().atMost(Duration.ofSeconds(20)).until(() -> server.get("audit1", "api/audit?aggregateId="
                + invitation + "&type=InvitationPasswordRejectedEvent").path("items").size() == 1);

            // the right one: a session opens, keyed by the handshake; nothing is seen before the User allows it
            openInvitation(browser, file, password);
            await().atMost(Duration.ofSeconds(30)).until(() -> text(browser, "state").equals("AWAITING_CONSENT"));
            String session = browser.findElement(By.id("session-id")).getAttribute("value");
            await().atMost(Duration.ofSeconds(20)).until(() -> said(agentLog, "wants to connect to your computer"));
            assertThat(PipelineITSupport.canvasSize(browser)).containsExactly(0L, 0L);
            type(typing, "y");
            await().atMost(Duration.ofSeconds(30)).until(() -> said(agentLog, "encrypted with the invitation's SRP-6a "
                + "key; confirmation code " + text(browser, "confirmation")));

            await().atMost(Duration.ofSeconds(10)).until(() -> said(agentLog, "sharing the screen with the Helper "
                + "(session " + session + ")"));
            int[] truth = grabGrid();
            Frame size = size();
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(PipelineITSupport.canvasGrid(browser, size.width(), size.height(), STEP))
                    .containsExactly(truth));

            // control is asked on the agent's terminal, as before
            browser.findElement(By.id("request-control")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> said(agentLog, "would like to share control"));
            type(typing, "y");
            await().atMost(Duration.ofSeconds(20)).until(() -> text(browser, "control").equals("granted"));

            assertRecordingHoldsNoKeyAgreementAndNoClearContent(session, password);
            assertThat(server.get("bob", "api/sessions/" + session).path("state").asText()).isEqualTo("CONTROL_SHARED");

            // an invitation opens once
            openInvitation(browser, file, password);
            await().atMost(Duration.ofSeconds(30)).until(() -> text(browser, "message")
                .equals("The invitation was already used; it is good for one session."));
        } catch (AssertionError | RuntimeException e) {
            System.out.println("console says: " + text(browser, "message") + "; state " + text(browser, "state")
                + "; server log " + server.log);
            browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> System.out.println("browser: " + entry.getMessage()));
            throw e;
        } finally {
            browser.quit();
            typing.close();
            agent.join(20_000);
        }
        assertThat(said(agentLog, "agent: stopped")).isTrue();
    }

    private void assertRecordingHoldsNoKeyAgreementAndNoClearContent(String session, String password)
        throws Exception {
        List<WireRecorder.Connection> all = recorder.connections();
        assertThat(all).noneMatch(c -> c.requestLine().contains("/api/relay/") && c.requestLine().contains("/keys"));
        byte[] raw = recorder.raw();
        assertThat(indexOf(raw, password.getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(indexOf(raw, password.getBytes(StandardCharsets.UTF_16LE))).isNegative();
        int tiles = 0;
        for (String role : List.of("USER", "HELPER")) {
            List<WireRecorder.Connection> links = all.stream()
                .filter(c -> c.requestLine().startsWith("GET /relay/" + session + "/" + role)).toList();
            assertThat(links).as(role + " relay link").isNotEmpty();
            for (WireRecorder.Connection link : links) {
                List<io.remoteassist.transport.api.Frame> frames;
                try {
                    frames = new FrameParser(8 << 20).feed(ByteBuffer.wrap(link.messages()));
                } catch (io.remoteassist.transport.protocol.ProtocolException e) {
                    throw new AssertionError(role + " link: " + e.getMessage() + "; head "
                        + new String(link.head(), StandardCharsets.ISO_8859_1) + "; first bytes "
                        + java.util.HexFormat.of().formatHex(link.messages(), 0, Math.min(48, link.messages().length)));
                }
                for (io.remoteassist.transport.api.Frame frame : frames) {
                    assertThat(frame.type()).as(role + " sent no key agreement").isNotEqualTo(FrameType.AUTH);
                    if (frame.type().confidential()) {
                        assertThat(frame.encrypted()).as(role + " " + frame.type()).isTrue();
                    }
                    tiles += frame.type() == FrameType.SCREEN_TILE ? 1 : 0;
                }
            }
        }
        assertThat(tiles).as("screen tiles through the recorder").isPositive();
        // the handshake went through the relay too, in AUTH frames only
        assertThat(all).anyMatch(c -> c.requestLine().startsWith("GET /relay/invitation/"));
    }

    private static void openInvitation(ChromeDriver browser, Path file, String password) {
        browser.findElement(By.id("invitation-file")).sendKeys(file.toAbsolutePath().toString());
        var field = browser.findElement(By.id("invitation-password"));
        field.clear();
        field.sendKeys(password);
        browser.findElement(By.id("open-invitation")).click();
    }

    private static String ra(Map<String, String> env, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new Cli(print, print, env).run(argv);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        return text;
    }

    private static String line(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1).trim();
    }

    private static boolean said(ByteArrayOutputStream log, String text) {
        return log.toString(StandardCharsets.UTF_8).contains(text);
    }

    private static void type(PipedOutputStream terminal, String line) throws IOException {
        terminal.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        terminal.flush();
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static Frame size() {
        try (ScreenSource source = Capture.bestSource(System.getenv("DISPLAY")).source()) {
            return source.grab();
        }
    }

    private static int[] grabGrid() {
        Frame frame = size();
        List<Integer> out = new ArrayList<>();
        for (int y = 0; y < frame.height(); y += STEP) {
            for (int x = 0; x < frame.width(); x += STEP) {
                out.add(frame.pixel(x, y) & 0xFFFFFF);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
