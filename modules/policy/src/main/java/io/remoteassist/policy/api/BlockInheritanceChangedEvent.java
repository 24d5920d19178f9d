package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

/**
 * Block inheritance was set or cleared on the domain or an OU.
 *
 * @param directoryId the directory
 * @param container   the domain or OU
 * @param blocked     the new flag
 */
@Revision("1")
public record BlockInheritanceChangedEvent(DirectoryId directoryId, ContainerRef container, boolean blocked)
        implements DirectoryEvent {
}
