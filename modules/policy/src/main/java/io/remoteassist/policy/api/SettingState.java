package io.remoteassist.policy.api;

import java.util.Locale;

/** The three states of every policy setting, as in the Group Policy editor. */
public enum SettingState {
    NOT_CONFIGURED("not-configured"),
    ENABLED("enabled"),
    DISABLED("disabled");

    private final String token;

    SettingState(String token) {
        this.token = token;
    }

    /** The token used by the textual form, e.g. {@code enabled}. */
    public String token() {
        return token;
    }

    /**
     * Parses {@code enabled}, {@code disabled} or {@code not-configured} (also {@code notconfigured},
     * {@code not_configured}), ignoring case.
     *
     * @throws IllegalArgumentException when the text names no state
     */
    public static SettingState parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("notconfigured")) {
            return NOT_CONFIGURED;
        }
        for (SettingState state : values()) {
            if (state.token.equals(t)) {
                return state;
            }
        }
        throw new IllegalArgumentException(
                "unknown state '" + text + "': expected enabled, disabled or not-configured");
    }
}
