package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes a direct member from a group.
 *
 * @param directoryId the directory
 * @param group       the group's account name
 * @param member      the member's account name (a user or a group)
 */
public record RemoveGroupMemberCommand(@TargetAggregateIdentifier DirectoryId directoryId, String group, String member)
        implements DirectoryCommand {
}
