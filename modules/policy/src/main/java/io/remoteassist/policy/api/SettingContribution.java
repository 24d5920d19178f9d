package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * The value one applied policy object gives a setting.
 *
 * @param value  the configured value (enabled or disabled)
 * @param source the policy object and link it comes from
 */
public record SettingContribution(SettingValue value, AppliedPolicy source) {

    public SettingContribution {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
