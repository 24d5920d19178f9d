package io.remoteassist.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * The Resultant Set of Policy of a computer: what applied, what did not, and every setting's value in effect.
 *
 * @param computer the computer's FQDN (or the name asked for when the computer is not in the directory)
 * @param applied  applied policy objects, highest precedence first
 * @param filtered linked policy objects that did not apply, with the reason
 * @param settings one entry per {@link SettingKey}, in the enum's order
 */
public record ResultantSetOfPolicy(String computer, List<AppliedPolicy> applied, List<FilteredPolicy> filtered,
                                   List<EffectiveSetting> settings) {

    public ResultantSetOfPolicy {
        Objects.requireNonNull(computer, "computer");
        applied = List.copyOf(applied);
        filtered = List.copyOf(filtered);
        settings = List.copyOf(settings);
    }

    /** The effective value of one setting. */
    public EffectiveSetting setting(SettingKey key) {
        return settings.stream()
                .filter(s -> s.setting() == key)
                .findFirst()
                .orElseGet(() -> new EffectiveSetting(key, SettingValue.notConfigured(key), null, List.of()));
    }
}
