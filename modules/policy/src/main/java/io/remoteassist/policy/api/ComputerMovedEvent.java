package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * A computer moved to another OU.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param from        the previous OU
 * @param to          the new OU
 */
@Revision("1")
public record ComputerMovedEvent(DirectoryId directoryId, String fqdn, OuPath from, OuPath to)
        implements DirectoryEvent {
}
