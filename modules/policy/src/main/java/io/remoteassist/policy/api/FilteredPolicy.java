package io.remoteassist.policy.api;

import java.util.Objects;

/**
 * A policy object linked above a computer that did not apply, and why.
 *
 * @param policyObject the policy object
 * @param name         its display name, or null when it does not exist
 * @param container    where the link is
 * @param linkOrder    the link's order in its container
 * @param reason       why it did not apply
 */
public record FilteredPolicy(PolicyObjectId policyObject, String name, ContainerRef container, int linkOrder,
                             FilterReason reason) {

    public FilteredPolicy {
        Objects.requireNonNull(policyObject, "policyObject");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(reason, "reason");
    }
}
