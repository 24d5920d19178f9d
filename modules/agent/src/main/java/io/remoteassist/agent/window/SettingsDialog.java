package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareException;
import io.remoteassist.capture.api.BandwidthLevel;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.concurrent.Executor;

/**
 * Settings: the bandwidth level and whether this computer keeps a log of the session. Each shows what applies now;
 * where Group Policy sets it, it is read-only and says so. A change applies at once.
 */
final class SettingsDialog extends JDialog {

    private final Sharing sharing;
    private final Executor actions;
    private final JComboBox<BandwidthLevel> bandwidth = new JComboBox<>(BandwidthLevel.values());
    private final JLabel bandwidthNote = note("bandwidth-note");
    private final JCheckBox log = new JCheckBox("Save a log of this session");
    private final JLabel logNote = note("session-log-note");
    private boolean refreshing;

    SettingsDialog(JFrame owner, Sharing sharing, Executor actions) {
        super(owner, Texts.TITLE + " Settings", false);
        this.sharing = sharing;
        this.actions = actions;
        setName("settings-dialog");
        setDefaultCloseOperation(HIDE_ON_CLOSE);
        bandwidth.setName("bandwidth");
        bandwidth.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, label((BandwidthLevel) value), index, selected, focus);
            }
        });
        bandwidth.addActionListener(e -> chooseBandwidth());
        log.setName("session-log");
        log.addActionListener(e -> turnLog());
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        body.setBorder(BorderFactory.createEmptyBorder(12, 14, 8, 14));
        body.add(left(new JLabel("Bandwidth usage")));
        body.add(Box.createVerticalStrut(4));
        body.add(left(bandwidth));
        body.add(left(bandwidthNote));
        body.add(Box.createVerticalStrut(12));
        body.add(left(log));
        body.add(left(logNote));
        JButton close = new JButton("Close");
        close.setName("settings-close");
        close.addActionListener(e -> setVisible(false));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 14, 8));
        buttons.add(close);
        getContentPane().add(body, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(close);
        refresh();
        pack();
        setResizable(false);
    }

    /** Shows what applies now; on the EDT. */
    void refresh() {
        refreshing = true;
        try {
            boolean byPolicy = sharing.bandwidthByPolicy();
            bandwidth.setSelectedItem(sharing.bandwidth());
            bandwidth.setEnabled(!byPolicy);
            bandwidthNote.setText(byPolicy ? "Set by Group Policy" : " ");
            boolean forced = sharing.logForcedByPolicy();
            boolean available = sharing.sessionLogAvailable();
            log.setSelected(sharing.sessionLogOn());
            log.setEnabled(available && !forced);
            logNote.setText(forced ? "Group Policy requires a log of this session"
                : available ? " " : "No documents folder to keep the log in");
        } finally {
            refreshing = false;
        }
    }

    private void chooseBandwidth() {
        BandwidthLevel level = (BandwidthLevel) bandwidth.getSelectedItem();
        if (refreshing || level == null || level == sharing.bandwidth()) {
            return;
        }
        apply(() -> sharing.chooseBandwidth(level), bandwidthNote);
    }

    private void turnLog() {
        if (refreshing) {
            return;
        }
        boolean on = log.isSelected();
        apply(() -> sharing.sessionLog(on), logNote);
    }

    /** Runs a change off the EDT, then shows what applies; a refusal is said under the setting. */
    private void apply(Runnable change, JLabel note) {
        actions.execute(() -> {
            String error = null;
            try {
                change.run();
            } catch (ShareException e) {
                error = e.getMessage();
            }
            String said = error;
            javax.swing.SwingUtilities.invokeLater(() -> {
                refresh();
                if (said != null) {
                    note.setText("Not changed: " + said);
                    pack();
                }
            });
        });
    }

    static String label(BandwidthLevel level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case NONE -> "No optimization (true colour)";
            case NO_FULL_WINDOW_DRAG -> "No full window drag";
            case NO_BACKGROUND -> "No full window drag, no background";
            case FULL_256_COLORS -> "Full optimization (256 colours)";
        };
    }

    private static JLabel note(String name) {
        JLabel label = new JLabel(" ");
        label.setName(name);
        label.setForeground(new Color(0x555555));
        label.setFont(label.getFont().deriveFont(label.getFont().getSize2D() - 1f));
        return label;
    }

    private static <T extends javax.swing.JComponent> T left(T component) {
        component.setAlignmentX(Component.LEFT_ALIGNMENT);
        return component;
    }
}
