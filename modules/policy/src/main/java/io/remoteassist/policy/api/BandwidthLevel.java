package io.remoteassist.policy.api;

import java.util.Locale;

/**
 * Bandwidth optimization levels; each level includes the optimizations of the ones before it.
 */
public enum BandwidthLevel {
    /** No optimization. */
    NONE("none"),
    /** No full window drag. */
    NO_FULL_WINDOW_DRAG("no-drag"),
    /** No full window drag and no desktop background. */
    NO_BACKGROUND("no-background"),
    /** All of the above plus 256 colors (8-bit) and no font smoothing. */
    FULL("full");

    private final String token;

    BandwidthLevel(String token) {
        this.token = token;
    }

    /** The canonical token of the textual form, e.g. {@code no-background}. */
    public String token() {
        return token;
    }

    /**
     * Parses a level token, ignoring case; accepts the canonical tokens and the long forms
     * {@code no-full-window-drag}, {@code turn-off-background}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static BandwidthLevel parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none", "no-optimization" -> NONE;
            case "no-drag", "no-full-window-drag" -> NO_FULL_WINDOW_DRAG;
            case "no-background", "turn-off-background" -> NO_BACKGROUND;
            case "full", "full-optimization" -> FULL;
            default -> throw new IllegalArgumentException(
                    "expected none, no-drag, no-background or full, got '" + text + "'");
        };
    }
}
