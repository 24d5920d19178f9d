package io.remoteassist.policy.api;

import java.util.Locale;

/** How an e-mail invitation travels. */
public enum EmailMethod {
    /** A {@code mailto:} link; the invitation recipient connects through a link. */
    MAILTO("mailto"),
    /** Simple MAPI: the invitation file is attached to the e-mail message. */
    SIMPLE_MAPI("smapi");

    private final String token;

    EmailMethod(String token) {
        this.token = token;
    }

    /** The canonical token of the textual form: {@code mailto} or {@code smapi}. */
    public String token() {
        return token;
    }

    /**
     * Parses {@code mailto} or {@code smapi} (also {@code simple-mapi}), ignoring case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static EmailMethod parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "mailto" -> MAILTO;
            case "smapi", "simple-mapi", "simplemapi" -> SIMPLE_MAPI;
            default -> throw new IllegalArgumentException("expected mailto or smapi, got '" + text + "'");
        };
    }
}
