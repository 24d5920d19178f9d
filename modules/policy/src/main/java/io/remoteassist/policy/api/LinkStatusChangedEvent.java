package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A link was enabled or disabled.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param enabled      the new flag
 */
@Revision("1")
public record LinkStatusChangedEvent(DirectoryId directoryId, ContainerRef container, PolicyObjectId policyObject,
                                     boolean enabled) implements DirectoryEvent {
}
