package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes the site of a computer.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param site        the site, or null for none
 */
public record ChangeComputerSiteCommand(@TargetAggregateIdentifier DirectoryId directoryId, String fqdn, String site)
        implements DirectoryCommand {
}
