package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A directory was created.
 *
 * @param directoryId the directory
 * @param domain      the domain's DNS name
 * @param netbiosName the NetBIOS name
 */
@Revision("1")
public record DirectoryCreatedEvent(DirectoryId directoryId, String domain, String netbiosName)
        implements DirectoryEvent {
}
