package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingState;
import io.remoteassist.policy.api.SettingValue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Remote Assistance settings, their options and help texts, and the validation every value goes through
 * before it is stored. Stateless and thread-safe.
 */
public final class SettingsCatalog {

    private static final Map<SettingKey, SettingDefinition> DEFINITIONS = SettingHelp.definitions();

    private SettingsCatalog() {
    }

    /** Every setting, in {@link SettingKey} order. */
    public static List<SettingDefinition> definitions() {
        return List.copyOf(DEFINITIONS.values());
    }

    /** The definition of one setting. */
    public static SettingDefinition definition(SettingKey key) {
        return DEFINITIONS.get(key);
    }

    /**
     * Checks a value and returns its canonical form: option names canonical, values canonical, defaults filled
     * in.
     *
     * @throws SettingValidationException when an option is unknown, missing, repeated or out of range, or when
     *                                    options are given to a state other than enabled
     */
    public static SettingValue validate(SettingValue value) {
        SettingDefinition definition = definition(value.setting());
        String key = value.setting().key();
        if (value.state() != SettingState.ENABLED) {
            if (!value.options().isEmpty()) {
                throw new SettingValidationException("setting '" + key + "' takes options only when enabled, got "
                        + value.state().token() + " with " + String.join(", ", value.options().keySet()));
            }
            return new SettingValue(value.setting(), value.state(), Map.of());
        }
        Map<String, String> given = new HashMap<>();
        for (Map.Entry<String, String> option : value.options().entrySet()) {
            OptionDefinition o = definition.option(option.getKey()).orElseThrow(() -> new SettingValidationException(
                    "setting '" + key + "' has no option '" + option.getKey() + "'" + expected(definition)));
            if (given.put(o.name(), option.getValue()) != null) {
                throw new SettingValidationException("setting '" + key + "': option '" + o.name() + "' given twice");
            }
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (OptionDefinition o : definition.options()) {
            String raw = given.get(o.name());
            if (raw == null) {
                if (o.required()) {
                    throw new SettingValidationException("setting '" + key + "' needs option '" + o.name()
                            + "' (" + o.label() + "): " + o.accepted());
                }
                if (o.defaultValue() != null) {
                    canonical.put(o.name(), o.defaultValue());
                }
                continue;
            }
            try {
                canonical.put(o.name(), o.type().canonical(raw));
            } catch (IllegalArgumentException e) {
                throw new SettingValidationException("setting '" + key + "' option '" + o.name() + "': "
                        + e.getMessage() + " (expected " + o.accepted() + ")");
            }
        }
        if (value.setting() == SettingKey.WARNINGS && canonical.isEmpty()) {
            throw new SettingValidationException(
                    "setting 'warnings' needs at least one of 'connect' or 'control' when enabled");
        }
        return SettingValue.enabled(value.setting(), canonical);
    }

    private static String expected(SettingDefinition definition) {
        if (definition.options().isEmpty()) {
            return ": it takes no options";
        }
        return ": expected " + definition.options().stream().map(OptionDefinition::name)
                .collect(Collectors.joining(", "));
    }
}
