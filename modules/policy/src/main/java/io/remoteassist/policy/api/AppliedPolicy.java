package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * A policy object that applied to a computer through one link.
 *
 * @param policyObject the policy object
 * @param name         its display name
 * @param container    where the link is ({@link ContainerKind#LOCAL} for the local policy object)
 * @param linkOrder    the link's order in its container
 * @param enforced     whether the link is enforced
 * @param precedence   1-based; 1 wins over every other applied policy object
 */
public record AppliedPolicy(PolicyObjectId policyObject, String name, ContainerRef container, int linkOrder,
                            boolean enforced, int precedence) {

    public AppliedPolicy {
        Objects.requireNonNull(policyObject, "policyObject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(container, "container");
    }
}
