package io.remoteassist.policy.api;

/**
 * Asks for the Resultant Set of Policy of a computer, by FQDN or IP address.
 *
 * <p>Answered with {@link ResultantSetOfPolicy}.
 */
public record FindResultantSetOfPolicyQuery(String computer) {
}
