package io.remoteassist.policy.api;

/**
 * Asks for the settings catalog as a policy editor shows it: every setting's display name, explain text and
 * options, in {@link SettingKey} order.
 *
 * <p>Answered with a list of {@link SettingDefinitionView}.
 */
public record ListSettingDefinitionsQuery() {
}
