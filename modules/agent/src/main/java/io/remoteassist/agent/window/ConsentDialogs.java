package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareQuestions;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The consent questions as modal dialogs over the User's window: Group Policy's warning text first, then the
 * question, and the buttons Yes and No with No the default. Enter on No, Esc, or closing the dialog answer no;
 * only a click on Yes (or Space on it) allows. The Helper's name is untrusted text: it is shown as plain text.
 */
final class ConsentDialogs implements ShareQuestions {

    static final String CONNECTION = "connection-question";
    static final String CONTROL = "control-question";

    private final JFrame owner;

    ConsentDialogs(JFrame owner) {
        this.owner = owner;
    }

    @Override
    public boolean allowConnection(String helper, String warning) {
        String name = Texts.printable(helper);
        return ask(CONNECTION, name + " would like to connect to your computer.\n\nWould you like to allow " + name
            + " to see your screen?", warning);
    }

    @Override
    public boolean allowControl(String helper, String warning) {
        String name = Texts.printable(helper);
        return ask(CONTROL, name + " would like to share control of your computer.\n\nWould you like to allow "
            + name + " to use your mouse and keyboard? Press Esc at any time to take control back.",
            warning);
    }

    /** Shows the dialog and waits for the answer; called off the EDT. */
    private boolean ask(String name, String question, String warning) {
        AtomicBoolean allowed = new AtomicBoolean();
        try {
            SwingUtilities.invokeAndWait(() -> dialog(name, question, warning, allowed).setVisible(true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (InvocationTargetException e) {
            return false;
        }
        return allowed.get();
    }

    private JDialog dialog(String name, String question, String warning, AtomicBoolean allowed) {
        JDialog dialog = new JDialog(owner, Texts.TITLE, true);
        dialog.setName(name);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JPanel body = new JPanel(new BorderLayout(0, 10));
        body.setBorder(BorderFactory.createEmptyBorder(14, 14, 10, 14));
        if (warning != null && !warning.isBlank()) {
            JTextArea text = text("warning", Texts.printable(warning));
            text.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(0xC8A400)),
                BorderFactory.createEmptyBorder(6, 8, 6, 8)));
            text.setOpaque(true);
            text.setBackground(new Color(0xFFF6D5));
            body.add(text, BorderLayout.NORTH);
        }
        body.add(text("question", question), BorderLayout.CENTER);
        JButton yes = new JButton("Yes");
        yes.setName("yes");
        JButton no = new JButton("No");
        no.setName("no");
        yes.addActionListener(e -> {
            allowed.set(true);
            dialog.dispose();
        });
        no.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(yes);
        buttons.add(no);
        body.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(body);
        dialog.getRootPane().setDefaultButton(no);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                no.requestFocusInWindow();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        return dialog;
    }

    private static JTextArea text(String name, String value) {
        JTextArea text = new JTextArea(value, 0, 34);
        text.setName(name);
        text.setEditable(false);
        text.setFocusable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setFont(UIManager.getFont("Label.font"));
        // wrapped text has a height only for a width: lay it out at its columns' width before the dialog packs
        text.setSize(text.getPreferredSize().width, Short.MAX_VALUE);
        return text;
    }
}
