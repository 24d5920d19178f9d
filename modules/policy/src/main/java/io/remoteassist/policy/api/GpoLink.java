package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * A link from a container to a policy object.
 *
 * @param policyObject the linked policy object
 * @param linkOrder    1-based position among the container's links; 1 has the highest precedence
 * @param enforced     an enforced link cannot be overridden below and is not blocked by block inheritance
 * @param enabled      a disabled link does not apply
 */
public record GpoLink(PolicyObjectId policyObject, int linkOrder, boolean enforced, boolean enabled) {

    public GpoLink {
        Objects.requireNonNull(policyObject, "policyObject");
        if (linkOrder < 1) {
            throw new IllegalArgumentException("link order starts at 1, got " + linkOrder);
        }
    }
}
