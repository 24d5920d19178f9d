package io.remoteassist.policy.domain;

import java.util.List;
import java.util.Locale;

/**
 * One option of an enabled setting.
 *
 * @param name         canonical name used in {@code SettingValue.options()} and the textual form
 * @param aliases      other names accepted on input, compared ignoring case
 * @param type         how values are checked and made canonical
 * @param defaultValue canonical value used when the option is left out, or null
 * @param required     whether the option must be given (never true together with a default)
 * @param label        the label the policy editor shows
 * @param accepted     what values look like, for help and errors
 */
public record OptionDefinition(String name, List<String> aliases, OptionType type, String defaultValue,
                               boolean required, String label, String accepted) {

    public OptionDefinition {
        aliases = List.copyOf(aliases);
    }

    /** True when the given text is this option's name or one of its aliases, ignoring case. */
    public boolean answersTo(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(t) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t));
    }
}
