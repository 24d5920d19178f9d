package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A computer changed site.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param from        the previous site, or null
 * @param to          the new site, or null
 */
@Revision("1")
public record ComputerSiteChangedEvent(DirectoryId directoryId, String fqdn, String from, String to)
        implements DirectoryEvent {
}
