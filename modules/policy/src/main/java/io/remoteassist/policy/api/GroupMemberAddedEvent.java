package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A user or group became a direct member of a group.
 *
 * @param directoryId the directory
 * @param group       the group's account name
 * @param member      the member's account name (a user or a group)
 */
@Revision("1")
public record GroupMemberAddedEvent(DirectoryId directoryId, String group, String member) implements DirectoryEvent {
}
