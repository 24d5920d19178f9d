package io.remoteassist.policy.api;

/**
 * Asks for the logging, bandwidth and warning-text policy of sessions on a computer.
 *
 * <p>Answered with {@link SessionSettingsView}.
 */
public record FindSessionSettingsQuery(String computer) {
}
