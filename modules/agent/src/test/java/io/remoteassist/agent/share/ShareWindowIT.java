package io.remoteassist.agent.share;

import io.remoteassist.agent.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ra share SESSION} with a display opens the User's window, against the server's production jar on
 * PostgreSQL and Kafka and a Helper on the relay: the connection question is a dialog whose Yes lets the Helper see
 * the screen; the Helper's control request is a dialog whose Yes shares control; Pause puts the session into
 * PAUSED and Continue takes it out; Stop sharing ends the session and {@code ra share} with it. Every button is
 * clicked with the real pointer on the X display (Xvfb under {@code ops/ra test}).
 */
class ShareWindowIT {

    private static ServerUnderTest server;

    @BeforeAll
    static void startServer() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs an X display (xvfb-run -a)");
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server jar: ./mvnw package -DskipTests first");
        server = new ServerUnderTest(Map.of());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theWindowAsksConsentSharesControlPausesAndStopsTheRealSession(@TempDir Path documents) throws Exception {
        String session = server.openSession();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> share = CompletableFuture.supplyAsync(() -> new Cli(out, out,
            server.env("alice", "RA_DOCUMENTS", documents.toString())).run(new String[] {"share", session}));
        BenchViewer helper = null;
        try {
            Window window = awaitWindow("share-window");
            assertThat(title(window)).isEqualTo("Remote Assistance");
            assertThat(label(window, "status")).isEqualTo("Waiting for the Helper");

            click(awaitWindow("connection-question"), "yes");
            awaitState(session, "VIEW_ONLY");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status")
                .equals("Helper is viewing your screen"));

            Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
            helper = new BenchViewer(new ServerApi(server.base, server.identities.get("bob")), session, screen.width,
                screen.height);
            BenchViewer viewer = helper;
            await().atMost(Duration.ofSeconds(20)).until(viewer::keyed);
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "detail")
                .matches("Encrypted end to end\\. Confirmation code: \\d{6}"));
            await().atMost(Duration.ofSeconds(20)).until(() -> viewer.updates() > 0);

            server.post("bob", "api/sessions/" + session + "/control/request", Map.of("helper", "bob"));
            awaitState(session, "CONTROL_REQUESTED");
            viewer.requestControl();
            click(awaitWindow("control-question"), "yes");
            awaitState(session, "CONTROL_SHARED");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status")
                .equals("Helper is sharing control"));

            click(window, "pause");
            awaitState(session, "PAUSED");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status").equals("Paused")
                && label(window, "pause").equals("Continue"));
            long updates = viewer.updates();
            Thread.sleep(1000);
            assertThat(viewer.updates()).as("no screen while paused").isEqualTo(updates);

            click(window, "pause");
            await().atMost(Duration.ofSeconds(10)).until(() -> !"PAUSED".equals(state(session)));
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "pause").equals("Pause"));

            click(window, "stop");
            awaitState(session, "ENDED");
            assertThat(share.get(30, TimeUnit.SECONDS)).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> !onEdt(window::isDisplayable));
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("connection: allowed by the User",
                "control: allowed by the User", "control: shared with the Helper", "session: PAUSED",
                "session ended: ").doesNotContain("HTTP 401");
            try (var files = Files.list(documents.resolve("Remote Assistance Logs"))) {
                assertThat(files.toList()).as("the session log kept by the agent").hasSize(1);
            }
        } catch (AssertionError | RuntimeException e) {
            System.out.println("ra share said:\n" + log.toString(StandardCharsets.UTF_8) + "\nserver log " + server.log);
            throw e;
        } finally {
            if (helper != null) {
                helper.close();
            }
            if (!share.isDone()) {
                server.post("alice", "api/sessions/" + session + "/end", Map.of());
                share.get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitState(String session, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(state(session)));
    }

    private static String state(String session) throws Exception {
        return server.get("alice", "api/sessions/" + session).path("state").asText();
    }

    private static Window awaitWindow(String name) {
        AtomicReference<Window> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.set(onEdt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> name.equals(w.getName()) && w.isShowing()).findFirst().orElse(null)));
            return found.get() != null;
        });
        return found.get();
    }

    private static String title(Window window) throws Exception {
        return onEdt(() -> ((java.awt.Frame) window).getTitle());
    }

    private static String label(Window window, String name) throws Exception {
        Component component = component(window, name);
        return onEdt(() -> component instanceof JLabel l ? l.getText() : ((AbstractButton) component).getText());
    }

    /** Clicks the named component with the real pointer. */
    private static void click(Window window, String name) throws Exception {
        Component component = component(window, name);
        await().atMost(Duration.ofSeconds(10)).until(() -> onEdt(component::isEnabled));
        Point at = onEdt(() -> {
            Point p = component.getLocationOnScreen();
            return new Point(p.x + component.getWidth() / 2, p.y + component.getHeight() / 2);
        });
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    private static Component component(Container root, String name) throws Exception {
        return onEdt(() -> find(root, name).orElseThrow(() -> new AssertionError("no component " + name)));
    }

    private static Optional<Component> find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return Optional.of(child);
            }
            if (child instanceof Container container) {
                Optional<Component> found = find(container, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> task) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                value.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }
}
