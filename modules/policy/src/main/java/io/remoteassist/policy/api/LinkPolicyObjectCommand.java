package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Links a policy object to a site, the domain or an OU.
 *
 * @param directoryId  the directory
 * @param container    the container (site, domain or OU)
 * @param policyObject the policy object
 * @param linkOrder    the position among the container's links (1 = highest precedence), or 0 to append
 * @param enforced     whether the link is enforced
 * @param enabled      whether the link is enabled
 */
public record LinkPolicyObjectCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                      PolicyObjectId policyObject, int linkOrder, boolean enforced, boolean enabled)
        implements DirectoryCommand {
}
