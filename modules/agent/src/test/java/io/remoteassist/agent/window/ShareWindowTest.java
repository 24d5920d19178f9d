package io.remoteassist.agent.window;

import io.remoteassist.capture.api.BandwidthLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The User's window on a real X display (Xvfb under {@code ops/ra test}), over a {@link FakeSharing}: the status
 * line follows the session, the buttons call the session's actions, the chat pane sends and shows plain text, the
 * consent dialogs default to No, the settings are read-only where Group Policy sets them, and Esc in the window is
 * not the User's Esc. Buttons are clicked with the real pointer ({@link java.awt.Robot}).
 */
class ShareWindowTest {

    private FakeSharing sharing;
    private ShareWindow window;
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs an X display (xvfb-run -a)");
        sharing = new FakeSharing();
        window = ShareWindow.open(sharing, closed::incrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(() -> Swing.edt(() -> window.frame().isShowing()));
        // as with the dialogs: a click that comes before the new window has the keyboard can be lost
        await().atMost(Duration.ofSeconds(10)).until(() -> Swing.edt(() -> window.frame().isFocused()));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.dispose();
            Swing.edt(() -> {
                for (Window w : Window.getWindows()) {
                    w.dispose();
                }
                return null;
            });
        }
    }

    @Test
    void theStatusLineFollowsTheSession() throws Exception {
        assertThat(Swing.edt(() -> window.frame().getTitle())).isEqualTo("Remote Assistance");
        assertThat(text("status")).isEqualTo("Waiting for the Helper");
        assertThat(enabled("pause")).isFalse();

        // the User allowed the connection; the Helper's console has not connected yet
        changeState("VIEW_ONLY");
        await().atMost(Duration.ofSeconds(5)).until(() -> enabled("pause"));
        assertThat(text("status")).isEqualTo("Waiting for the Helper");
        sharing.connected = true;
        sharing.events.helperConnected("654321");
        await().atMost(Duration.ofSeconds(5)).until(() -> text("status").equals("Helper is viewing your screen"));
        assertThat(text("detail")).isEqualTo("Encrypted end to end. Confirmation code: 654321");

        sharing.control = true;
        changeState("CONTROL_SHARED");
        sharing.events.controlChanged(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> text("status").equals("Helper is sharing control"));

        sharing.control = false;
        changeState("PAUSED");
        await().atMost(Duration.ofSeconds(5)).until(() -> text("status").equals("Paused"));
        assertThat(text("pause")).isEqualTo("Continue");

        sharing.events.ended("session ENDED");
        await().atMost(Duration.ofSeconds(5)).until(() -> text("status").equals("The session has ended"));
        assertThat(enabled("pause")).isFalse();
        assertThat(enabled("stop")).isFalse();
    }

    @Test
    void pauseContinueAndStopSharingCallTheSession() throws Exception {
        changeState("VIEW_ONLY");
        await().atMost(Duration.ofSeconds(5)).until(() -> enabled("pause"));
        Swing.click(Swing.named(window.frame(), "pause"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.calls.contains("pause"));

        changeState("PAUSED");
        await().atMost(Duration.ofSeconds(5)).until(() -> text("pause").equals("Continue"));
        Swing.click(Swing.named(window.frame(), "pause"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.calls.contains("resume"));

        sharing.refusal = "the server answered 409: the session is PAUSED";
        Swing.click(Swing.named(window.frame(), "stop"));
        await().atMost(Duration.ofSeconds(5)).until(() -> text("detail")
            .equals("Could not stop sharing: the server answered 409: the session is PAUSED"));
        assertThat(sharing.calls).containsExactly("pause", "resume");

        sharing.refusal = null;
        Swing.click(Swing.named(window.frame(), "stop"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.calls.contains("stop"));
        assertThat(closed.get()).isZero();
    }

    @Test
    void closingTheWindowStopsSharingAndClosesTheAgent() throws Exception {
        changeState("VIEW_ONLY");
        Swing.edt(() -> {
            window.frame().dispatchEvent(new java.awt.event.WindowEvent(window.frame(),
                java.awt.event.WindowEvent.WINDOW_CLOSING));
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> closed.get() == 1);
        assertThat(sharing.calls).containsExactly("stop");
        await().atMost(Duration.ofSeconds(5)).until(() -> !Swing.edt(() -> window.frame().isDisplayable()));
    }

    @Test
    void theChatPaneSendsChatFramesAndShowsChatAsPlainText() throws Exception {
        assertThat(Swing.edt(() -> Swing.find(window.frame(), "chat-pane").orElseThrow().isVisible())).isFalse();
        Swing.click(Swing.named(window.frame(), "chat"));
        await().atMost(Duration.ofSeconds(5))
            .until(() -> Swing.edt(() -> Swing.find(window.frame(), "chat-pane").orElseThrow().isShowing()));

        JTextField input = Swing.named(window.frame(), "chat-input");
        Swing.edt(() -> {
            input.setText("hello bob");
            return null;
        });
        Swing.click(Swing.named(window.frame(), "chat-send"));
        await().atMost(Duration.ofSeconds(5))
            .until(() -> transcript().contains("Not sent: the Helper is not connected"));
        assertThat(sharing.sent).isEmpty();
        assertThat(Swing.<String>edt(input::getText)).isEqualTo("hello bob");

        sharing.connected = true;
        Swing.click(Swing.named(window.frame(), "chat-send"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.sent.contains("hello bob"));
        assertThat(transcript()).contains("alice: hello bob");
        assertThat(Swing.<String>edt(input::getText)).isEmpty();

        sharing.events.chatReceived("<html><b>bob</b>", "line one\nline two <img src=x>");
        await().atMost(Duration.ofSeconds(5)).until(() -> transcript()
            .contains("<html><b>bob</b>: line one?line two <img src=x>"));
    }

    @Test
    void aChatLineOpensTheClosedChatPane() throws Exception {
        sharing.events.chatReceived("bob", "are you there?");
        await().atMost(Duration.ofSeconds(5))
            .until(() -> Swing.edt(() -> Swing.find(window.frame(), "chat-pane").orElseThrow().isShowing()));
        assertThat(transcript()).contains("bob: are you there?");
        assertThat(Swing.edt(() -> ((AbstractButton) Swing.find(window.frame(), "chat").orElseThrow()).isSelected()))
            .isTrue();
    }

    @Test
    void theConnectionQuestionShowsTheWarningAndDefaultsToNo() throws Exception {
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> sharing.questions
            .allowConnection("bob", "Only <help desk> staff may connect."));
        Window dialog = awaitDialog(ConsentDialogs.CONNECTION);
        assertThat(areaText(dialog, "warning"))
            .isEqualTo("Only <help desk> staff may connect.");
        assertThat(areaText(dialog, "question"))
            .startsWith("bob would like to connect to your computer.");
        assertThat(Swing.edt(() -> ((JDialog) dialog).getRootPane().getDefaultButton().getName())).isEqualTo("no");
        assertThat(Swing.edt(() -> ((JDialog) dialog).isModal())).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> Swing.edt(dialog::isFocused));
        Swing.key(KeyEvent.VK_ENTER);
        assertThat(first.get(5, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> sharing.questions
            .allowConnection("bob", null));
        Window again = awaitDialog(ConsentDialogs.CONNECTION);
        assertThat(Swing.edt(() -> Swing.find(again, "warning"))).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> Swing.edt(again::isFocused));
        Swing.key(KeyEvent.VK_ESCAPE);
        assertThat(second.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void yesOnTheControlQuestionAllows() throws Exception {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> sharing.questions
            .allowControl("bob\u001b[2J", "You share your mouse and keyboard."));
        Window dialog = awaitDialog(ConsentDialogs.CONTROL);
        assertThat(areaText(dialog, "question"))
            .startsWith("bob?[2J would like to share control of your computer.");
        Swing.click(Swing.named(dialog, "yes"));
        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void settingsAreReadOnlyWhereGroupPolicySetsThem() throws Exception {
        sharing.bandwidthByPolicy = true;
        sharing.bandwidth = BandwidthLevel.FULL_256_COLORS;
        sharing.logForced = true;
        sharing.logOn = false;
        Swing.click(Swing.named(window.frame(), "settings"));
        Window dialog = awaitDialog("settings-dialog");
        JComboBox<?> level = Swing.named(dialog, "bandwidth");
        JCheckBox log = Swing.named(dialog, "session-log");
        assertThat(Swing.edt(level::getSelectedItem)).isEqualTo(BandwidthLevel.FULL_256_COLORS);
        assertThat(Swing.edt(level::isEnabled)).isFalse();
        assertThat(Swing.edt(() -> ((JLabel) Swing.find(dialog, "bandwidth-note").orElseThrow()).getText()))
            .isEqualTo("Set by Group Policy");
        assertThat(Swing.edt(log::isSelected)).isTrue();
        assertThat(Swing.edt(log::isEnabled)).isFalse();
        assertThat(Swing.edt(() -> ((JLabel) Swing.find(dialog, "session-log-note").orElseThrow()).getText()))
            .isEqualTo("Group Policy requires a log of this session");

        // the policy changes: both become the User's to set
        sharing.bandwidthByPolicy = false;
        sharing.logForced = false;
        sharing.events.policyApplied(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> Swing.edt(level::isEnabled) && Swing.edt(log::isEnabled));
        assertThat(Swing.edt(log::isSelected)).isFalse();
        Swing.edt(() -> {
            level.setSelectedItem(BandwidthLevel.NO_BACKGROUND);
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.calls.contains("bandwidth NO_BACKGROUND"));
        Swing.click(log);
        await().atMost(Duration.ofSeconds(5)).until(() -> sharing.calls.contains("log true"));
        assertThat(Swing.edt(log::isSelected)).isTrue();
    }

    @Test
    void aRefusedSettingSaysWhyAndShowsWhatApplies() throws Exception {
        Swing.click(Swing.named(window.frame(), "settings"));
        Window dialog = awaitDialog("settings-dialog");
        JComboBox<?> level = Swing.named(dialog, "bandwidth");
        assertThat(Swing.edt(level::isEnabled)).isTrue();
        // Group Policy took the setting over a moment ago; the dialog has not heard yet
        sharing.bandwidthByPolicy = true;
        Swing.edt(() -> {
            level.setSelectedItem(BandwidthLevel.FULL_256_COLORS);
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> Swing.edt(() -> ((JLabel) Swing.find(dialog,
            "bandwidth-note").orElseThrow()).getText()).equals("Not changed: Group Policy sets the bandwidth level on "
            + "this computer"));
        assertThat(Swing.edt(level::getSelectedItem)).isEqualTo(BandwidthLevel.NONE);
        assertThat(Swing.edt(level::isEnabled)).isFalse();
        assertThat(sharing.calls).isEmpty();
    }

    @Test
    void escInTheWindowIsNotTheUsersEscape() throws Exception {
        Swing.click(Swing.named(window.frame(), "status"));
        await().atMost(Duration.ofSeconds(5)).until(() -> Swing.edt(() -> window.frame().isActive()));
        assertThat(sharing.escapeIgnored.getAsBoolean()).isTrue();
        Swing.edt(() -> {
            window.frame().setVisible(false);
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> !sharing.escapeIgnored.getAsBoolean());
    }

    /** Writes what the window looks like to {@code target/screenshots/} (1x, as it is on the display). */
    @Test
    void aScreenshotOfTheWindowWithItsChatAndSettings() throws Exception {
        sharing.connected = true;
        sharing.control = true;
        changeState("CONTROL_SHARED");
        sharing.events.helperConnected("123456");
        sharing.events.chatReceived("bob", "Hi Alice, I can see your screen now. Could you open the printer settings?");
        Swing.edt(() -> {
            ((JTextField) Swing.find(window.frame(), "chat-input").orElseThrow()).setText("Sure, one moment");
            window.frame().setLocation(40, 40);
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> text("status").equals("Helper is sharing control"));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path main = shoot(window.frame(), dir.resolve("share-window.png"));
        Swing.click(Swing.named(window.frame(), "settings"));
        Path settings = shoot(awaitDialog("settings-dialog"), dir.resolve("settings.png"));
        CompletableFuture.runAsync(() -> sharing.questions.allowControl("bob", "You share your mouse and keyboard "
            + "with the help desk. Everything you see may be recorded."));
        Path question = shoot(awaitDialog(ConsentDialogs.CONTROL), dir.resolve("control-question.png"));
        for (Path png : new Path[] {main, settings, question}) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isGreaterThan(200);
        }
    }

    private static Path shoot(Window window, Path file) throws Exception {
        Thread.sleep(300);
        java.awt.Rectangle bounds = Swing.edt(window::getBounds);
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", file.toFile());
        return file;
    }

    private Window awaitDialog(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> Swing.window(name).isPresent());
        try {
            return Swing.window(name).orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void changeState(String state) {
        sharing.state = state;
        sharing.events.stateChanged(state);
    }

    private String text(String name) throws Exception {
        Object component = Swing.named(window.frame(), name);
        return Swing.edt(() -> component instanceof JLabel label ? label.getText()
            : ((AbstractButton) component).getText());
    }

    private boolean enabled(String name) throws Exception {
        java.awt.Component component = Swing.named(window.frame(), name);
        return Swing.edt(component::isEnabled);
    }

    private static String areaText(Window window, String name) throws Exception {
        JTextArea area = Swing.named(window, name);
        return Swing.edt(area::getText);
    }

    private String transcript() throws Exception {
        JTextArea area = Swing.named(window.frame(), "chat-transcript");
        return Swing.edt(area::getText);
    }
}
