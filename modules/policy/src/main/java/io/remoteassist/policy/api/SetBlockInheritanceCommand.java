package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets or clears block inheritance on the domain or an OU.
 *
 * @param directoryId the directory
 * @param container   the domain or an OU
 * @param blocked     true to block inheritance
 */
public record SetBlockInheritanceCommand(@TargetAggregateIdentifier DirectoryId directoryId, ContainerRef container,
                                         boolean blocked) implements DirectoryCommand {
}
