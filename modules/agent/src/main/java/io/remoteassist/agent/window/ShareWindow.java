package io.remoteassist.agent.window;

import io.remoteassist.agent.policy.AppliedPolicy;
import io.remoteassist.agent.share.ShareEvents;
import io.remoteassist.agent.share.ShareException;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.KeyboardFocusManager;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The User's window while sharing, like Windows Remote Assistance's: the buttons <em>Chat</em>, <em>Settings</em>,
 * <em>Pause</em> / <em>Continue</em> and <em>Stop sharing</em>, and a status line (waiting for the Helper, the Helper
 * is viewing the screen, the Helper is sharing control, paused). It is a view over a {@link Sharing}: it shows the
 * session's state as the session reports it, and its buttons call the session's actions off the UI thread. The
 * consent questions are modal dialogs ({@link ConsentDialogs}). While one of the agent's windows has the keyboard,
 * Esc there is the window's own key, not the User's Esc that takes control back.
 */
public final class ShareWindow {

    private final Sharing sharing;
    private final Runnable onClose;
    private final JFrame frame = new JFrame(Texts.TITLE);
    private final JLabel status = new JLabel(Texts.WAITING);
    private final JLabel detail = new JLabel(" ");
    private final JToggleButton chat = new JToggleButton("Chat");
    private final JButton settings = new JButton("Settings");
    private final JButton pause = new JButton("Pause");
    private final JButton stop = new JButton("Stop sharing");
    private final ChatPane chatPane;
    private final SettingsDialog settingsDialog;
    private final ExecutorService actions = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ra-window-actions");
        thread.setDaemon(true);
        return thread;
    });
    private String state = "UNKNOWN";
    private boolean over;

    private ShareWindow(Sharing sharing, Runnable onClose) {
        this.sharing = sharing;
        this.onClose = onClose;
        this.chatPane = new ChatPane(sharing);
        frame.setName("share-window");
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        status.setName("status");
        status.setFont(status.getFont().deriveFont(Font.BOLD, status.getFont().getSize2D() + 2f));
        detail.setName("detail");
        detail.setForeground(new Color(0x555555));
        chat.setName("chat");
        settings.setName("settings");
        pause.setName("pause");
        stop.setName("stop");
        chat.addActionListener(e -> showChat(chat.isSelected()));
        settings.addActionListener(e -> showSettings());
        pause.addActionListener(e -> pauseOrContinue());
        stop.addActionListener(e -> run("stop sharing", sharing::stop));
        settingsDialog = new SettingsDialog(frame, sharing, actions);

        JPanel buttons = new JPanel(new GridLayout(1, 4, 6, 0));
        buttons.add(chat);
        buttons.add(settings);
        buttons.add(pause);
        buttons.add(stop);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bar.add(buttons);
        JPanel lines = new JPanel(new GridLayout(2, 1, 0, 2));
        lines.add(status);
        lines.add(detail);
        JPanel top = new JPanel(new BorderLayout(0, 10));
        top.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        top.add(bar, BorderLayout.NORTH);
        top.add(lines, BorderLayout.CENTER);
        frame.getContentPane().add(top, BorderLayout.NORTH);
        frame.getContentPane().add(chatPane, BorderLayout.CENTER);
        chatPane.setVisible(false);
        show(sharing.state());
        frame.pack();
        frame.setLocationRelativeTo(null);
    }

    /**
     * Opens the window over {@code sharing}: it listens to the session and asks its consent questions from now on.
     *
     * @param onClose runs when the User closes the window (after asking the session to end)
     */
    public static ShareWindow open(Sharing sharing, Runnable onClose) {
        ShareWindow[] made = new ShareWindow[1];
        onEdt(() -> {
            made[0] = new ShareWindow(sharing, onClose);
            made[0].frame.setVisible(true);
        });
        ShareWindow window = made[0];
        sharing.listen(window.new Events());
        sharing.ask(new ConsentDialogs(window.frame));
        sharing.ignoreEscapeWhile(ShareWindow::agentHasKeyboard);
        return window;
    }

    /** @return the frame (tests, screenshots) */
    public JFrame frame() {
        return frame;
    }

    /** Shows the session as it stands now (after it started); any thread. */
    public void refresh() {
        SwingUtilities.invokeLater(() -> {
            show(sharing.state());
            sharing.confirmation().ifPresent(this::showConfirmation);
        });
    }

    /** Closes the window and its dialogs; any thread. */
    public void dispose() {
        SwingUtilities.invokeLater(() -> {
            settingsDialog.dispose();
            frame.dispose();
        });
        actions.shutdown();
    }

    /** @return whether one of this program's windows has the keyboard (the focus is in the agent, not elsewhere) */
    static boolean agentHasKeyboard() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow() != null;
    }

    private void show(String now) {
        state = now;
        over = over || Texts.over(now);
        status.setText(over ? Texts.ENDED : Texts.status(now, sharing.helperConnected(), sharing.controlShared()));
        boolean paused = "PAUSED".equals(now);
        pause.setText(paused ? "Continue" : "Pause");
        pause.setEnabled(!over && (paused || Texts.mayPause(now)));
        stop.setEnabled(!over);
        settings.setEnabled(!over);
    }

    private void showChat(boolean visible) {
        chat.setSelected(visible);
        chatPane.setVisible(visible);
        frame.pack();
        if (visible) {
            chatPane.focusInput();
        }
    }

    private void showSettings() {
        settingsDialog.refresh();
        settingsDialog.setLocationRelativeTo(frame);
        settingsDialog.setVisible(true);
    }

    private void pauseOrContinue() {
        if ("PAUSED".equals(state)) {
            run("continue", sharing::resume);
        } else {
            run("pause", sharing::pause);
        }
    }

    /** Runs an action off the EDT; a refusal is shown on the detail line. */
    private void run(String what, Runnable action) {
        actions.execute(() -> {
            try {
                action.run();
            } catch (ShareException e) {
                SwingUtilities.invokeLater(() -> {
                    detail.setText("Could not " + what + ": " + e.getMessage());
                    detail.setToolTipText(detail.getText());
                });
            }
        });
    }

    /** Closing the window is Stop sharing, then the agent stops. */
    private void close() {
        boolean stopFirst = !over;
        actions.execute(() -> {
            try {
                if (stopFirst) {
                    sharing.stop();
                }
            } catch (ShareException e) {
                // the server ends the session by itself when the agent leaves the relay (after its grace period)
            }
            onClose.run();
        });
        dispose();
    }

    private void showConfirmation(String code) {
        detail.setText("Encrypted end to end. Confirmation code: " + code);
    }

    private static void onEdt(Runnable task) {
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the window could not open: " + e.getCause(), e.getCause());
        }
    }

    /** The session's news, moved to the EDT. */
    private final class Events implements ShareEvents {

        @Override
        public void helperConnected(String confirmation) {
            SwingUtilities.invokeLater(() -> {
                show(state);
                showConfirmation(confirmation);
                chatPane.note("The Helper is connected.");
            });
        }

        @Override
        public void stateChanged(String now) {
            SwingUtilities.invokeLater(() -> show(now));
        }

        @Override
        public void controlChanged(boolean shared) {
            SwingUtilities.invokeLater(() -> {
                show(state);
                chatPane.note(shared ? "The Helper is sharing control. Press Esc outside this window or click "
                    + "Stop sharing to take it back." : "The Helper no longer shares control.");
            });
        }

        @Override
        public void chatReceived(String sender, String text) {
            SwingUtilities.invokeLater(() -> {
                chatPane.received(sender, text);
                if (!chat.isSelected()) {
                    showChat(true);
                }
            });
        }

        @Override
        public void policyApplied(AppliedPolicy policy) {
            SwingUtilities.invokeLater(settingsDialog::refresh);
        }

        @Override
        public void ended(String why) {
            SwingUtilities.invokeLater(() -> {
                over = true;
                show(state);
                chatPane.note("The session has ended (" + Texts.printable(why) + ").");
            });
        }
    }
}
