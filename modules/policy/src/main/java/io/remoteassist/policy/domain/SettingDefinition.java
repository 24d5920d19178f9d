package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.SettingKey;

import java.util.List;
import java.util.Optional;

/**
 * A setting of the catalog: its key, the text the policy editor shows and its options when enabled.
 *
 * @param key      the setting
 * @param helpText what Enabled, Disabled and Not configured mean
 * @param options  options of the Enabled state, in display order
 */
public record SettingDefinition(SettingKey key, String helpText, List<OptionDefinition> options) {

    public SettingDefinition {
        options = List.copyOf(options);
    }

    /** The name shown in the policy editor. */
    public String displayName() {
        return key.displayName();
    }

    /** The option answering to a name or alias. */
    public Optional<OptionDefinition> option(String nameOrAlias) {
        return options.stream().filter(o -> o.answersTo(nameOrAlias)).findFirst();
    }
}
