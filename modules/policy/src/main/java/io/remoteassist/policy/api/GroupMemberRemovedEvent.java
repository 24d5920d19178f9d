package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A direct member left a group.
 *
 * @param directoryId the directory
 * @param group       the group's account name
 * @param member      the member's account name (a user or a group)
 */
@Revision("1")
public record GroupMemberRemovedEvent(DirectoryId directoryId, String group, String member) implements DirectoryEvent {
}
