package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes a link; the links after it move up.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 */
public record UnlinkPolicyObjectCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                        PolicyObjectId policyObject) implements DirectoryCommand {
}
