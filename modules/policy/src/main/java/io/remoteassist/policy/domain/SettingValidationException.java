package io.remoteassist.policy.domain;

/**
 * A setting value or its textual form is not acceptable: unknown setting, unknown or misspelled option, value
 * out of range. The message says what was wrong and what is expected; nothing was changed.
 */
public class SettingValidationException extends IllegalArgumentException {

    public SettingValidationException(String message) {
        super(message);
    }
}
