package io.remoteassist.policy.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Remote Assistance policy settings (those of Windows 7), each with a stable key used in the textual
 * form, in events and in decisions.
 */
public enum SettingKey {
    SOLICITED("solicited", "Configure Solicited Remote Assistance"),
    OFFER("offer", "Configure Offer Remote Assistance"),
    VISTA_ONLY("vista-only", "Allow only Windows Vista or later connections"),
    LOGGING("logging", "Turn on session logging"),
    BANDWIDTH("bandwidth", "Turn on bandwidth optimization"),
    WARNINGS("warnings", "Customize Warning Messages");

    private final String key;
    private final String displayName;

    SettingKey(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The stable key, e.g. {@code solicited}. */
    public String key() {
        return key;
    }

    /** The name shown in the policy editor, e.g. {@code Configure Solicited Remote Assistance}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a setting by its stable key, ignoring case.
     *
     * @throws IllegalArgumentException naming the known keys when there is no such setting
     */
    public static SettingKey fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (SettingKey setting : values()) {
            if (setting.key.equals(k)) {
                return setting;
            }
        }
        throw new IllegalArgumentException("unknown setting '" + key + "': expected one of "
                + Arrays.stream(values()).map(SettingKey::key).collect(Collectors.joining(", ")));
    }
}
