package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets or clears the enforced flag of a link.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param enforced     the new flag
 */
public record SetLinkEnforcedCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                     PolicyObjectId policyObject, boolean enforced) implements DirectoryCommand {
}
