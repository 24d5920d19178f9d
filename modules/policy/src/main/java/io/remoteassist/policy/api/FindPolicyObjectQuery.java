package io.remoteassist.policy.api;

/**
 * Asks for one policy object.
 *
 * <p>Answered with {@link PolicyObjectView}.
 */
public record FindPolicyObjectQuery(PolicyObjectId id) {
}
