package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A user was created.
 *
 * @param directoryId the directory
 * @param accountName the logon name
 * @param displayName the display name
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 */
@Revision("1")
public record UserCreatedEvent(DirectoryId directoryId, String accountName, String displayName, OuPath ou)
        implements DirectoryEvent {
}
