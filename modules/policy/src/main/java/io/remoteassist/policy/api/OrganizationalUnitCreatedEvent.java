package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * An OU was created.
 *
 * @param directoryId the directory
 * @param path        the OU's path
 */
@Revision("1")
public record OrganizationalUnitCreatedEvent(DirectoryId directoryId, OuPath path) implements DirectoryEvent {
}
