package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an OU; its parent must exist.
 *
 * @param directoryId the directory
 * @param path        the new OU's path
 */
public record CreateOrganizationalUnitCommand(@TargetAggregateIdentifier DirectoryId directoryId, OuPath path)
        implements DirectoryCommand {
}
