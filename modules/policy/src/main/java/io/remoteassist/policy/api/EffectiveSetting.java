package io.remoteassist.policy.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one setting in effect on a computer, the policy object that won and those that lost.
 *
 * @param setting    the setting
 * @param value      the value in effect; {@link SettingState#NOT_CONFIGURED} when no applied policy object
 *                   configures it, in which case the Windows default applies
 * @param winner     the winning policy object and link, or null when not configured
 * @param overridden the other policy objects configuring the setting, highest precedence first
 */
public record EffectiveSetting(SettingKey setting, SettingValue value, AppliedPolicy winner,
                               List<SettingContribution> overridden) {

    public EffectiveSetting {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        overridden = List.copyOf(overridden);
    }

    /** The winner, if any policy object configures the setting. */
    public Optional<AppliedPolicy> winnerIfAny() {
        return Optional.ofNullable(winner);
    }
}
