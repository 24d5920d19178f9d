package io.remoteassist.policy.api;

import java.util.Locale;

/** Whether helpers may control the computer or only view it. */
public enum ControlPermission {
    /** "Allow helpers to remotely control the computer". */
    FULL_CONTROL("full"),
    /** "Allow helpers to only view the computer". */
    VIEW_ONLY("view");

    private final String token;

    ControlPermission(String token) {
        this.token = token;
    }

    /** The canonical token of the textual form: {@code full} or {@code view}. */
    public String token() {
        return token;
    }

    /**
     * Parses {@code full} (also {@code control}) or {@code view} (also {@code view-only}), ignoring case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static ControlPermission parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "full", "control", "full-control" -> FULL_CONTROL;
            case "view", "view-only", "viewonly" -> VIEW_ONLY;
            default -> throw new IllegalArgumentException("expected full or view, got '" + text + "'");
        };
    }
}
