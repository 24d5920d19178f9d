package io.remoteassist.policy.api;

/**
 * Asks for every policy object, ordered by name.
 *
 * <p>Answered with a list of {@link PolicyObjectView}.
 */
public record ListPolicyObjectsQuery() {
}
