package io.remoteassist.policy.api;

/**
 * Asks whether a Helper may offer Remote Assistance to a computer.
 *
 * <p>Answered with {@link PolicyDecision}.
 *
 * @param computer the User's computer, FQDN or IP address
 * @param helper   the Helper's account, {@code DOMAIN\name} or {@code name}
 */
public record MayOfferQuery(String computer, String helper) {
}
