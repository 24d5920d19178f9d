package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A group was created.
 *
 * @param directoryId the directory
 * @param name        the group's account name
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 */
@Revision("1")
public record GroupCreatedEvent(DirectoryId directoryId, String name, OuPath ou) implements DirectoryEvent {
}
