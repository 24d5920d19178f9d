package io.remoteassist.agent.policy;

import io.remoteassist.capture.api.BandwidthLevel;

import java.util.Locale;

/**
 * Group Policy <em>Turn on bandwidth optimization</em>, as the agent's capture pipeline applies it. Only the
 * encoding is in the agent's hands:
 * <ul>
 *   <li><em>full optimization (256 colors)</em>: every tile goes through the 256-colour palette encoder.
 *   <li><em>no full window drag</em> and <em>turn off background</em> are desktop settings in Windows. On X11 there
 *       is no desktop-independent way to change them (each window manager and desktop keeps its own), so the agent
 *       does not change the desktop: the level is passed to the encoder, which keeps true colour, and
 *       {@link #note} says so in the agent's log.
 *   <li>not configured, disabled, <em>no optimization</em>, or an option it cannot read: no optimization.
 * </ul>
 */
public final class BandwidthPolicy {

    /** The policy setting's key in the pushed message. */
    public static final String SETTING = "bandwidth";

    private BandwidthPolicy() {
    }

    /** The capture level of an applied policy. */
    public static BandwidthLevel level(AppliedPolicy policy) {
        if (policy == null || !"enabled".equals(policy.state(SETTING))) {
            return BandwidthLevel.NONE;
        }
        return level(policy.option(SETTING, "level"));
    }

    /** The capture level of the setting's {@code level} option ({@code none}, {@code no-drag}, …, {@code full}). */
    public static BandwidthLevel level(String option) {
        if (option == null) {
            return BandwidthLevel.NONE;
        }
        return switch (option.trim().toLowerCase(Locale.ROOT)) {
            case "no-drag", "no-full-window-drag" -> BandwidthLevel.NO_FULL_WINDOW_DRAG;
            case "no-background", "turn-off-background" -> BandwidthLevel.NO_BACKGROUND;
            case "full", "full-optimization" -> BandwidthLevel.FULL_256_COLORS;
            default -> BandwidthLevel.NONE;
        };
    }

    /** One line for the agent's log: what the level does to the pipeline here. */
    public static String note(BandwidthLevel level) {
        return switch (level) {
            case NONE -> "bandwidth: no optimization (true colour)";
            case FULL_256_COLORS -> "bandwidth: full optimization, the screen is sent in 256 colours";
            case NO_FULL_WINDOW_DRAG -> "bandwidth: no full window drag is not supported on X11 (the window "
                + "manager decides); the screen is sent unchanged";
            case NO_BACKGROUND -> "bandwidth: turning off the background is not supported on X11 (the desktop "
                + "decides); the screen is sent unchanged";
        };
    }
}
