package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A link's enforced flag changed.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param enforced     the new flag
 */
@Revision("1")
public record LinkEnforcementChangedEvent(DirectoryId directoryId, ContainerRef container,
                                          PolicyObjectId policyObject, boolean enforced) implements DirectoryEvent {
}
