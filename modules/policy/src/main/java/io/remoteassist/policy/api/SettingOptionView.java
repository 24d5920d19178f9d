package io.remoteassist.policy.api;

import java.util.List;

/**
 * One option of an enabled setting, for editors.
 *
 * @param name         canonical name in the textual form
 * @param label        the label Windows shows
 * @param type         {@code control}, {@code ticket-time}, {@code email}, {@code bandwidth}, {@code principals}
 *                     or {@code text}
 * @param defaultValue canonical value used when the option is left out, or null
 * @param required     whether the option must be given
 * @param accepted     what values look like
 * @param choices      the canonical values to choose from, empty when the value is free text
 */
public record SettingOptionView(String name, String label, String type, String defaultValue, boolean required,
                                String accepted, List<String> choices) {

    public SettingOptionView {
        choices = List.copyOf(choices);
    }
}
