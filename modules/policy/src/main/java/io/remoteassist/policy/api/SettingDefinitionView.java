package io.remoteassist.policy.api;

import java.util.List;

/**
 * A setting of the catalog, for editors.
 *
 * @param key         the setting's key ({@code solicited}, {@code offer}...)
 * @param displayName the name Windows shows
 * @param helpText    what Enabled, Disabled and Not configured mean
 * @param options     options of the Enabled state, in display order
 */
public record SettingDefinitionView(String key, String displayName, String helpText,
                                    List<SettingOptionView> options) {

    public SettingDefinitionView {
        options = List.copyOf(options);
    }
}
