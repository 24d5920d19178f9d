package io.remoteassist.policy.api;

/**
 * Asks for the Resultant Set of Policy of a computer, by FQDN or IP address.
 *
 * <p>With {@code latest} (the default) the answer waits until the policy view has seen every event stored when
 * the query arrived; without it the view answers at once from what it holds, which suits a caller that is told of
 * every later change anyway (the policy push).
 *
 * <p>Answered with {@link ResultantSetOfPolicy}.
 */
public record FindResultantSetOfPolicyQuery(String computer, boolean latest) {

    public FindResultantSetOfPolicyQuery(String computer) {
        this(computer, true);
    }
}
