package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a user or a group to a group (groups nest).
 *
 * @param directoryId the directory
 * @param group       the group's account name
 * @param member      the member's account name (a user or a group)
 */
public record AddGroupMemberCommand(@TargetAggregateIdentifier DirectoryId directoryId, String group, String member)
        implements DirectoryCommand {
}
