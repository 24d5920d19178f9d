package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a link to another position in its container; the others shift.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param linkOrder    the new position, 1 to the number of links
 */
public record ChangeLinkOrderCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                     PolicyObjectId policyObject, int linkOrder) implements DirectoryCommand {
}
