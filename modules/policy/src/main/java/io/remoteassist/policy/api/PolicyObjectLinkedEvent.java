package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A policy object was linked to a container; links at or after {@code linkOrder} moved down by one.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param linkOrder    the link's position (1 = highest precedence)
 * @param enforced     whether enforced
 * @param enabled      whether enabled
 */
@Revision("1")
public record PolicyObjectLinkedEvent(DirectoryId directoryId, ContainerRef container, PolicyObjectId policyObject,
                                      int linkOrder, boolean enforced, boolean enabled) implements DirectoryEvent {
}
