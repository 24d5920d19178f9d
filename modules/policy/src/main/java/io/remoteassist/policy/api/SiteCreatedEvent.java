package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A site was created.
 *
 * @param directoryId the directory
 * @param site        the site name
 */
@Revision("1")
public record SiteCreatedEvent(DirectoryId directoryId, String site) implements DirectoryEvent {
}
