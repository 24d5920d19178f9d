package io.remoteassist.agent.share;

import io.remoteassist.agent.window.Swing;
import io.remoteassist.agent.cli.Cli;
import io.remoteassist.transport.protocol.ControlMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ra share SESSION} with a display opens the User's window, against the server's production jar on
 * PostgreSQL and Kafka and a Helper on the relay ({@link HelperEnd}): the connection question is a dialog whose Yes
 * lets the Helper see the screen; chat goes both ways; the Helper's control request is a dialog whose Yes shares
 * control and whose default (Enter) refuses; Esc in the window leaves control shared, Esc in another window takes it
 * back; Pause puts the session into PAUSED and Continue takes it out; Stop sharing, or closing the window, ends the
 * session and {@code ra share} with it. Buttons are clicked with the real pointer and keys pressed with xdotool on the
 * X display (Xvfb under {@code ops/ra test}).
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
        CompletableFuture<Integer> share = share(session, documents, log);
        HelperEnd helper = null;
        Process xterm = null;
        try {
            Window window = awaitWindow("share-window");
            assertThat(title(window)).isEqualTo("Remote Assistance");
            assertThat(label(window, "status")).isEqualTo("Waiting for the Helper");

            click(awaitDialog("connection-question"), "yes");
            awaitState(session, "VIEW_ONLY");
            Thread.sleep(1000);
            assertThat(label(window, "status")).as("the Helper's end is not connected yet")
                .isEqualTo("Waiting for the Helper");

            helper = new HelperEnd(new ServerApi(server.base, server.identities.get("bob")), session);
            HelperEnd bob = helper;
            await().atMost(Duration.ofSeconds(20)).until(bob::keyed);
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status")
                .equals("Helper is viewing your screen"));
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "detail")
                .matches("Encrypted end to end\\. Confirmation code: \\d{6}"));
            await().atMost(Duration.ofSeconds(20)).until(() -> bob.tiles() > 0);

            // chat both ways, as end-to-end chat frames; the Helper's line opens the chat pane
            bob.say("hello <b>alice</b>");
            await().atMost(Duration.ofSeconds(10)).until(() -> area(window, "chat-transcript")
                .contains("bob: hello <b>alice</b>"));
            Component input = Swing.named(window, "chat-input");
            Swing.edt(() -> {
                ((javax.swing.JTextField) input).setText("hi bob");
                return null;
            });
            click(window, "chat-send");
            await().atMost(Duration.ofSeconds(10)).until(() -> bob.chat.contains("alice: hi bob"));

            server.post("bob", "api/sessions/" + session + "/control/request", Map.of("helper", "bob"));
            awaitState(session, "CONTROL_REQUESTED");
            bob.requestControl();
            click(awaitDialog("control-question"), "yes");
            awaitState(session, "CONTROL_SHARED");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status")
                .equals("Helper is sharing control"));
            await().atMost(Duration.ofSeconds(10)).until(() -> bob.control.contains(ControlMode.GRANTED));

            // Esc while the window has the keyboard is the window's; Esc elsewhere takes control back
            click(window, "status");
            await().atMost(Duration.ofSeconds(10)).until(() -> Swing.edt(window::isFocused));
            pressEscapeLikeAPerson();
            Thread.sleep(1000);
            assertThat(state(session)).isEqualTo("CONTROL_SHARED");
            assertThat(bob.control).doesNotContain(ControlMode.REVOKED);
            xterm = new ProcessBuilder("xterm", "-geometry", "30x5+40+40").start();
            await().atMost(Duration.ofSeconds(20)).until(() -> run("xdotool", "search", "--onlyvisible", "--class",
                "xterm") == 0);
            String xtermId = output("xdotool", "search", "--onlyvisible", "--class", "xterm").split("\n")[0];
            run("xdotool", "windowfocus", "--sync", xtermId);
            await().atMost(Duration.ofSeconds(10)).until(() -> !Swing.edt(window::isFocused));
            pressEscapeLikeAPerson();
            awaitState(session, "VIEW_ONLY");
            await().atMost(Duration.ofSeconds(10)).until(() -> bob.control.contains(ControlMode.REVOKED)
                && label(window, "status").equals("Helper is viewing your screen"));

            click(window, "pause");
            awaitState(session, "PAUSED");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "status").equals("Paused")
                && label(window, "pause").equals("Continue"));
            Thread.sleep(500);
            long tiles = bob.tiles();
            Thread.sleep(1000);
            assertThat(bob.tiles()).as("no screen while paused").isEqualTo(tiles);

            click(window, "pause");
            awaitState(session, "VIEW_ONLY");
            await().atMost(Duration.ofSeconds(10)).until(() -> label(window, "pause").equals("Pause"));

            click(window, "stop");
            awaitState(session, "ENDED");
            assertThat(share.get(30, TimeUnit.SECONDS)).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> !Swing.edt(window::isDisplayable));
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("connection: allowed by the User",
                "control: allowed by the User", "control: shared with the Helper", "control: taken back (Esc pressed)",
                "session: PAUSED", "session ended: ").doesNotContain("HTTP 401");
            try (var files = Files.list(documents.resolve("Remote Assistance Logs"))) {
                assertThat(files.toList()).as("the session log kept by the agent").hasSize(1);
            }
        } catch (AssertionError | RuntimeException e) {
            System.out.println("ra share said:\n" + log.toString(StandardCharsets.UTF_8)
                + "\nserver log " + server.log);
            throw e;
        } finally {
            if (xterm != null) {
                xterm.destroy();
            }
            finish(session, share, helper);
        }
    }

    @Test
    void enterAnswersNoToControlAndClosingTheWindowEndsTheSession(@TempDir Path documents) throws Exception {
        String session = server.openSession();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CompletableFuture<Integer> share = share(session, documents, log);
        HelperEnd helper = null;
        try {
            Window window = awaitWindow("share-window");
            click(awaitDialog("connection-question"), "yes");
            awaitState(session, "VIEW_ONLY");
            helper = new HelperEnd(new ServerApi(server.base, server.identities.get("bob")), session);
            HelperEnd bob = helper;
            await().atMost(Duration.ofSeconds(20)).until(bob::keyed);

            server.post("bob", "api/sessions/" + session + "/control/request", Map.of("helper", "bob"));
            awaitState(session, "CONTROL_REQUESTED");
            bob.requestControl();
            awaitDialog("control-question");
            run("xdotool", "key", "Return");
            awaitState(session, "VIEW_ONLY");
            await().atMost(Duration.ofSeconds(10)).until(() -> bob.control.contains(ControlMode.DENIED));
            assertThat(bob.control).doesNotContain(ControlMode.GRANTED);

            Swing.edt(() -> {
                window.dispatchEvent(new java.awt.event.WindowEvent(window, java.awt.event.WindowEvent.WINDOW_CLOSING));
                return null;
            });
            awaitState(session, "ENDED");
            assertThat(share.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("control: refused by the User");
        } catch (AssertionError | RuntimeException e) {
            System.out.println("ra share said:\n" + log.toString(StandardCharsets.UTF_8)
                + "\nserver log " + server.log);
            throw e;
        } finally {
            finish(session, share, helper);
        }
    }

    /** {@code ra share SESSION} as alice, with a display: the window. */
    private static CompletableFuture<Integer> share(String session, Path documents, ByteArrayOutputStream log) {
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> new Cli(out, out,
            server.env("alice", "RA_DOCUMENTS", documents.toString())).run(new String[] {"share", session}));
    }

    private static void finish(String session, CompletableFuture<Integer> share, HelperEnd helper) throws Exception {
        if (helper != null) {
            helper.close();
        }
        if (!share.isDone()) {
            server.post("alice", "api/sessions/" + session + "/end", Map.of());
            share.get(30, TimeUnit.SECONDS);
        }
    }

    /** Held for 100 ms, as a person does: the Esc watcher polls the keymap and a zero-length press can slip by. */
    private static void pressEscapeLikeAPerson() throws Exception {
        run("xdotool", "keydown", "Escape");
        Thread.sleep(100);
        run("xdotool", "keyup", "Escape");
    }

    private static int run(String... command) throws Exception {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static String output(String... command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text.trim();
    }

    private static String area(Window window, String name) throws Exception {
        Component component = Swing.named(window, name);
        return Swing.edt(() -> ((javax.swing.text.JTextComponent) component).getText());
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
            found.set(Swing.edt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> name.equals(w.getName()) && w.isShowing()).findFirst().orElse(null)));
            return found.get() != null;
        });
        return found.get();
    }

    /** A dialog once it is on the screen and has the keyboard, as the User sees it. */
    private static Window awaitDialog(String name) {
        Window dialog = awaitWindow(name);
        await().atMost(Duration.ofSeconds(10)).until(() -> Swing.edt(dialog::isFocused));
        return dialog;
    }

    private static String title(Window window) throws Exception {
        return Swing.edt(() -> ((java.awt.Frame) window).getTitle());
    }

    private static String label(Window window, String name) throws Exception {
        Component component = Swing.named(window, name);
        return Swing.edt(() -> component instanceof JLabel l ? l.getText() : ((AbstractButton) component).getText());
    }

    /** Clicks the named component with the real pointer. */
    private static void click(Window window, String name) throws Exception {
        Component component = Swing.named(window, name);
        await().atMost(Duration.ofSeconds(10)).until(() -> Swing.edt(component::isEnabled));
        Swing.click(component);
    }
}
