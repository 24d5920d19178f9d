package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a security group.
 *
 * @param directoryId the directory
 * @param name        the group's account name, unique among users and groups
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 */
public record CreateGroupCommand(@TargetAggregateIdentifier DirectoryId directoryId, String name, OuPath ou)
        implements DirectoryCommand {
}
