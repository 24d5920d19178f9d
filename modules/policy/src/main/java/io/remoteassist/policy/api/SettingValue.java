package io.remoteassist.policy.api;

import java.util.Map;
import java.util.Objects;

/**
 * The value of one policy setting in one policy object: its state and, when enabled, its options.
 *
 * <p>Options are kept as canonical text (name to value) so that the value serializes the same way in events,
 * in REST bodies and in the textual form {@code <key> <state> name=value ...}. Option names and canonical
 * values are those of the settings catalog:
 * <pre>
 * solicited  control=full|view  maxTicket=&lt;n&gt;m|h|d  email=mailto|smapi
 * offer      control=full|view  helpers=DOMAIN\Group,user,...
 * vista-only (none)
 * logging    (none)
 * bandwidth  level=none|no-drag|no-background|full
 * warnings   connect=&lt;text&gt;  control=&lt;text&gt;
 * </pre>
 * A value built by hand is not yet valid: the catalog validates it and returns the canonical value.
 *
 * @param setting the setting, never null
 * @param state   the state, never null
 * @param options the options, empty unless {@code state} is {@link SettingState#ENABLED}
 */
public record SettingValue(SettingKey setting, SettingState state, Map<String, String> options) {

    public SettingValue {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(state, "state");
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The value of a setting nobody configured. */
    public static SettingValue notConfigured(SettingKey setting) {
        return new SettingValue(setting, SettingState.NOT_CONFIGURED, Map.of());
    }

    /** An explicitly disabled setting. */
    public static SettingValue disabled(SettingKey setting) {
        return new SettingValue(setting, SettingState.DISABLED, Map.of());
    }

    /** An enabled setting with the given options (not yet validated). */
    public static SettingValue enabled(SettingKey setting, Map<String, String> options) {
        return new SettingValue(setting, SettingState.ENABLED, options);
    }

    /** True unless the state is {@link SettingState#NOT_CONFIGURED}. */
    public boolean isConfigured() {
        return state != SettingState.NOT_CONFIGURED;
    }

    /** True when the state is {@link SettingState#ENABLED}. */
    public boolean isEnabled() {
        return state == SettingState.ENABLED;
    }

    /** The option's canonical text, or null when absent. */
    public String option(String name) {
        return options.get(name);
    }
}
