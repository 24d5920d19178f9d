package io.remoteassist.agent.window;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import java.awt.BorderLayout;

/**
 * The chat pane: the transcript (plain text only, so a chat line is never read as markup) and the input line. A line
 * is sent as the same encrypted chat frame the terminal mode sends; while the Helper is not connected it is kept in
 * the input line and the transcript says why it was not sent.
 */
final class ChatPane extends JPanel {

    private final Sharing sharing;
    private final JTextArea transcript = new JTextArea(10, 36);
    private final JTextField input = new JTextField();
    private final JButton send = new JButton("Send");

    ChatPane(Sharing sharing) {
        super(new BorderLayout(6, 6));
        this.sharing = sharing;
        setName("chat-pane");
        setBorder(BorderFactory.createEmptyBorder(0, 10, 10, 10));
        transcript.setName("chat-transcript");
        transcript.setEditable(false);
        transcript.setLineWrap(true);
        transcript.setWrapStyleWord(true);
        input.setName("chat-input");
        send.setName("chat-send");
        send.addActionListener(e -> send());
        input.addActionListener(e -> send());
        JPanel line = new JPanel(new BorderLayout(6, 0));
        line.add(input, BorderLayout.CENTER);
        line.add(send, BorderLayout.EAST);
        add(new JScrollPane(transcript), BorderLayout.CENTER);
        add(line, BorderLayout.SOUTH);
    }

    /** A chat line from someone; on the EDT. */
    void received(String sender, String text) {
        append(Texts.printable(sender) + ": " + Texts.printable(text));
    }

    /** A line about the session (not chat); on the EDT. */
    void note(String text) {
        append("* " + text);
    }

    void focusInput() {
        input.requestFocusInWindow();
    }

    private void send() {
        String text = input.getText();
        if (text.isBlank()) {
            return;
        }
        if (!sharing.helperConnected()) {
            note("Not sent: the Helper is not connected yet.");
            return;
        }
        sharing.chat(text);
        received(sharing.name(), text);
        input.setText("");
    }

    private void append(String line) {
        if (transcript.getDocument().getLength() > 0) {
            transcript.append("\n");
        }
        transcript.append(line);
        transcript.setCaretPosition(transcript.getDocument().getLength());
    }
}
