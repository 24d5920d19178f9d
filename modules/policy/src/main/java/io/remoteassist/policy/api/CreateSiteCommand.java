package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a site.
 *
 * @param directoryId the directory
 * @param site        the site name
 */
public record CreateSiteCommand(@TargetAggregateIdentifier DirectoryId directoryId, String site)
        implements DirectoryCommand {
}
