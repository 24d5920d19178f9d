package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enables or disables a link.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param enabled      the new flag
 */
public record SetLinkEnabledCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                    PolicyObjectId policyObject, boolean enabled) implements DirectoryCommand {
}
