package io.remoteassist.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A container with its policy links and its block-inheritance flag: one step of the chain a computer's policy
 * is resolved from.
 *
 * @param container        the container
 * @param blockInheritance when true, non-enforced links of the containers above this one do not apply below it
 * @param links            the container's links, in any order
 */
public record ScopeOfManagement(ContainerRef container, boolean blockInheritance, List<GpoLink> links) {

    public ScopeOfManagement {
        Objects.requireNonNull(container, "container");
        links = List.copyOf(links);
    }

    /** A container without links or block inheritance. */
    public static ScopeOfManagement empty(ContainerRef container) {
        return new ScopeOfManagement(container, false, List.of());
    }
}
