package io.remoteassist.policy.api;

import java.util.Map;
import java.util.Objects;

/**
 * A policy object as the resolver and the consoles see it.
 *
 * @param id       the id
 * @param name     the display name
 * @param enabled  a disabled policy object applies nowhere
 * @param version  incremented by every change after creation
 * @param settings the configured settings (settings absent from the map are not configured)
 */
public record PolicyObjectView(PolicyObjectId id, String name, boolean enabled, long version,
                               Map<SettingKey, SettingValue> settings) {

    public PolicyObjectView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        settings = Map.copyOf(settings);
    }

    /** The value of a setting, {@link SettingValue#notConfigured} when absent. */
    public SettingValue setting(SettingKey key) {
        return settings.getOrDefault(key, SettingValue.notConfigured(key));
    }
}
