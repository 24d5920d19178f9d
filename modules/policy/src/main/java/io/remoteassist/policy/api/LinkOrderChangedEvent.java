package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A link moved within its container; the links between the two positions shifted by one.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param from         the previous position
 * @param to           the new position
 */
@Revision("1")
public record LinkOrderChangedEvent(DirectoryId directoryId, ContainerRef container, PolicyObjectId policyObject,
                                    int from, int to) implements DirectoryEvent {
}
