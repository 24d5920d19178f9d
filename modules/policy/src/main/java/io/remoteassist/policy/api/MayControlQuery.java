package io.remoteassist.policy.api;

/**
 * Asks whether a Helper may control (not only view) a computer in a session of the given mode.
 *
 * <p>Answered with {@link PolicyDecision}.
 *
 * @param computer the User's computer, FQDN or IP address
 * @param mode     solicited (invitation) or offer
 */
public record MayControlQuery(String computer, AssistanceMode mode) {
}
