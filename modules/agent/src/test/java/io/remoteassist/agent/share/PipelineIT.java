package io.remoteassist.agent.share;

import io.remoteassist.agent.share.PipelineITSupport.Tee;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.ScreenSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static io.remoteassist.agent.share.PipelineITSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real-time pipeline in real parts: an X display (Xvfb under {@code ops/ra test}) with a known picture, the
 * User's agent ({@link ShareSession}, in this JVM), the server's production jar on PostgreSQL and Kafka, and the
 * Helper's console in headless Chromium driven by Selenium. Skips without a display, Chromium and chromedriver,
 * or the server jar.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class PipelineIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int STEP = 16;

    private static ServerUnderTest server;
    private static Process xterm;
    private static Path typed;

    @BeforeAll
    static void startEverything() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "needs chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server jar: ./mvnw install -DskipTests first");
        assumeTrue(run("xsetroot", "-solid", "#336699") == 0, "needs xsetroot (x11-xserver-utils)");
        typed = Files.createTempFile("ra-typed", ".txt");
        xterm = new ProcessBuilder("xterm", "-geometry", "40x8+100+100", "-bg", "#ffff00", "-fg", "#000000",
            "-e", "sh", "-c", "cat > " + typed).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> run("xdotool", "search", "--onlyvisible", "--class",
            "xterm") == 0);
        // the agent's gate must be the only input gate until the session directory tracks control
        server = new ServerUnderTest(Map.of("ra.relay.input-gate", "agent"));
    }

    @AfterAll
    static void stopEverything() {
        if (xterm != null) {
            xterm.destroy();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHelperSeesTheDesktopAndControlsItUntilTheUserPressesEscape() throws Exception {
        String session = server.openSession();
        ByteArrayOutputStream agentLog = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(agentLog, System.out), true, StandardCharsets.UTF_8);
        String display = System.getenv("DISPLAY");
        ShareSession agent = new ShareSession(new ShareOptions(server.base, session, display, true, true, 20, false,
            "alice", server.identities.get("alice")), out, () -> false);
        Path profile = Files.createTempDirectory("ra-chromium");
        ChromeDriver browser = chromium(profile);
        try {
            agent.start();
            agent.runInBackground("agent-follow");

            assertThat(server.header("console/index.html", "Content-Security-Policy"))
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
            signIn(browser, server.base.resolve("console/index.html").toString(), server.identities.get("bob"));
            browser.get(server.base.resolve("console/#" + session).toString());
            await().atMost(Duration.ofSeconds(20)).until(() -> text(browser, "confirmation").matches("\\d{6}"));
            String code = text(browser, "confirmation");
            await().atMost(Duration.ofSeconds(20))
                .until(() -> agentLog.toString(StandardCharsets.UTF_8).contains("confirmation code " + code));
            // nothing is seen before the User accepts
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> canvasSize(browser).equals(List.of(0L, 0L)));

            server.consent(session);
            int[] truth = grabGrid(display);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(canvasGrid(browser, 1920, 1080)).containsExactly(truth));

            // a moved window travels mostly as copies of what the console already shows; the picture stays exact
            String window = runOutput("xdotool", "search", "--onlyvisible", "--class", "xterm").trim().split("\n")[0];
            for (int step = 1; step <= 4; step++) {
                run("xdotool", "windowmove", window, String.valueOf(100 + 24 * step), String.valueOf(100 + 16 * step));
                Thread.sleep(300);
            }
            int[] moved = grabGrid(display);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(canvasGrid(browser, 1920, 1080)).containsExactly(moved));
            assertThat(agent.figures()).doesNotContain("copy_tiles=0 ");
            run("xdotool", "windowmove", window, "100", "100");
            int[] back = grabGrid(display);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(canvasGrid(browser, 1920, 1080)).containsExactly(back));

            pointerOverlayFollowsTheUsersPointer(browser, display);

            browser.findElement(By.id("request-control")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(browser, "control").equals("granted"));

            WebElement canvas = browser.findElement(By.id("screen"));
            click(browser, canvas, 200, 150);
            // the console's layout may put the canvas at a fractional offset: the browser rounds to whole pixels
            await().atMost(Duration.ofSeconds(10)).until(() -> near(pointer(), 200, 150));
            List<Integer> clicked = pointer();
            // in control, the Helper's own pointer over the screen wears the remote shape; the overlay steps aside
            await().atMost(Duration.ofSeconds(5)).until(() -> ConsoleCursor.steppedAside(browser));
            new Actions(browser).sendKeys("hello").sendKeys(Keys.ENTER).perform();
            await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(typed).contains("hello"));

            browser.findElement(By.id("chat-text")).sendKeys("<b>bold?</b> hi alice");
            browser.findElement(By.id("chat-send")).click();
            await().atMost(Duration.ofSeconds(5)).until(() -> agentLog.toString(StandardCharsets.UTF_8)
                .contains("[chat] Helper: <b>bold?</b> hi alice"));
            agent.chat("<img src=x> thanks");
            await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("chat-log")).getText()
                .contains("<img src=x> thanks"));
            assertThat(browser.findElements(By.cssSelector("#chat-log img, #chat-log b"))).isEmpty();
            // the chat is part of the session log, which the chat pane shows as it is recorded
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector("#chat-log li.log"))
                .stream().anyMatch(e -> e.getText().contains("bob sent alice a chat message")
                    && e.getText().contains("<b>bold?</b> hi alice")));
            assertThat(browser.findElements(By.cssSelector("#chat-log img, #chat-log b"))).isEmpty();
            assertThat(browser.findElement(By.id("save-log")).isEnabled()).isTrue();

            // the User presses Esc on the local keyboard: control ends, the Helper's next click does nothing
            run("xdotool", "keydown", "Escape");
            Thread.sleep(150);
            run("xdotool", "keyup", "Escape");
            await().atMost(Duration.ofSeconds(5)).until(() -> !agent.controlShared());
            await().atMost(Duration.ofSeconds(5)).until(() -> text(browser, "control").equals("revoked"));
            await().atMost(Duration.ofSeconds(5))
                .until(() -> ConsoleCursor.at(browser, clicked.get(0), clicked.get(1)));
            click(browser, canvas, 700, 600);
            Thread.sleep(1000);
            assertThat(pointer()).isEqualTo(clicked);
            assertThat(agent.figures()).contains("input_dropped=0");

            System.out.println("pipeline figures: fps=" + text(browser, "fps") + " latency=" + text(browser, "latency")
                + " bandwidth=" + text(browser, "bandwidth") + " " + agent.figures());
        } catch (AssertionError | RuntimeException | IOException e) {
            System.out.println("pointer at " + pointer() + "; agent " + agent.figures());
            System.out.println("console says: " + text(browser, "message") + "; state " + text(browser, "state")
                + "; server log " + server.log);
            browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> System.out.println("browser: " + entry.getMessage()));
            throw e;
        } finally {
            browser.quit();
            agent.close();
        }
    }

    /**
     * The pointer travels apart from the pixels: the console's overlay goes where the User's pointer is, with the
     * shape the X server shows (the root window's, then the xterm's), and follows "fit to window".
     */
    private static void pointerOverlayFollowsTheUsersPointer(ChromeDriver browser, String display) throws Exception {
        run("xdotool", "mousemove", "640", "360");
        CursorImage rootShape = ConsoleCursor.onDisplay(display);
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsoleCursor.at(browser, 640, 360));
        await().atMost(Duration.ofSeconds(5)).until(() -> ConsoleCursor.shows(browser, rootShape));
        Files.write(Path.of("target", "pipeline-cursor.png"), browser.getScreenshotAs(OutputType.BYTES));

        run("xdotool", "mousemove", "150", "130");
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsoleCursor.at(browser, 150, 130));
        CursorImage xtermShape = ConsoleCursor.onDisplay(display);
        assertThat(xtermShape.serial()).as("the xterm has a cursor of its own").isNotEqualTo(rootShape.serial());
        await().atMost(Duration.ofSeconds(5)).until(() -> ConsoleCursor.shows(browser, xtermShape));

        // a smaller window: the screen is fitted, the overlay scaled and placed with it
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        try {
            run("xdotool", "mousemove", "1500", "900");
            await().atMost(Duration.ofSeconds(10)).until(() -> ConsoleCursor.at(browser, 1500, 900));
            ConsoleCursor.Placed fitted = ConsoleCursor.placed(browser);
            assertThat(fitted.scale()).isLessThan(0.7);
            Files.write(Path.of("target", "pipeline-cursor-fit.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(2400, 1400));
        }
        run("xdotool", "mousemove", "640", "360");
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsoleCursor.at(browser, 640, 360));
    }

    /** The console sends a browser that has not signed in to the login page: sign in there. */
    private static void signIn(ChromeDriver browser, String page, io.remoteassist.agent.Credentials as) {
        browser.get(page);
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.id("username")).sendKeys(as.user());
        browser.findElement(By.id("password")).sendKeys(as.password());
        browser.findElement(By.id("sign-in")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.getCurrentUrl().contains("/login.html")
            && !browser.getCurrentUrl().contains("j_security_check"));
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
            "--window-size=2400,1400");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Moves to a remote screen point through the canvas (shown at 1:1 in this window) and clicks. */
    private static void click(ChromeDriver browser, WebElement canvas, int x, int y) {
        @SuppressWarnings("unchecked")
        List<Number> rect = (List<Number>) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
            + "return [r.width, r.height, arguments[0].width, arguments[0].height];", canvas);
        double scaleX = rect.get(0).doubleValue() / rect.get(2).doubleValue();
        double scaleY = rect.get(1).doubleValue() / rect.get(3).doubleValue();
        assertThat(scaleX).as("canvas shown at actual size").isEqualTo(1.0);
        assertThat(scaleY).isEqualTo(1.0);
        new Actions(browser).moveToElement(canvas, x - rect.get(2).intValue() / 2, y - rect.get(3).intValue() / 2)
            .click().perform();
    }

    private static boolean near(List<Integer> point, int x, int y) {
        return Math.abs(point.get(0) - x) <= 1 && Math.abs(point.get(1) - y) <= 1;
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> canvasSize(ChromeDriver browser) {
        return (List<Long>) ((JavascriptExecutor) browser).executeScript(
            "const c = document.getElementById('screen'); return [c.width, c.height];");
    }

    private static int[] canvasGrid(ChromeDriver browser, int width, int height) {
        @SuppressWarnings("unchecked")
        List<Long> values = (List<Long>) browser.executeScript("const c = document.getElementById('screen');"
            + "if (c.width < arguments[0] || c.height < arguments[1]) { return []; }"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const out = [];"
            + "for (let y = 0; y < arguments[1]; y += arguments[2]) { for (let x = 0; x < arguments[0]; x += arguments[2]) {"
            + "const o = (y * c.width + x) * 4; out.push(d[o] << 16 | d[o + 1] << 8 | d[o + 2]); } } return out;",
            width, height, STEP);
        return values.stream().mapToInt(Long::intValue).toArray();
    }

    private static int[] grabGrid(String display) {
        try (ScreenSource source = Capture.bestSource(display).source()) {
            Frame frame = source.grab();
            List<Integer> out = new ArrayList<>();
            for (int y = 0; y < frame.height(); y += STEP) {
                for (int x = 0; x < frame.width(); x += STEP) {
                    out.add(frame.pixel(x, y) & 0xFFFFFF);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static List<Integer> pointer() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xdotool", "getmouselocation", "--shell").start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        int x = -1;
        int y = -1;
        for (String line : outText.split("\n")) {
            if (line.startsWith("X=")) {
                x = Integer.parseInt(line.substring(2).trim());
            } else if (line.startsWith("Y=")) {
                y = Integer.parseInt(line.substring(2).trim());
            }
        }
        return List.of(x, y);
    }

    private static String runOutput(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return text;
    }
}
