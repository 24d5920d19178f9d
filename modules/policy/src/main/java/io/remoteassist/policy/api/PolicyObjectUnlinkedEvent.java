package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A link was removed; links after it moved up by one.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param linkOrder    the position it had
 */
@Revision("1")
public record PolicyObjectUnlinkedEvent(DirectoryId directoryId, ContainerRef container, PolicyObjectId policyObject,
                                        int linkOrder) implements DirectoryEvent {
}
