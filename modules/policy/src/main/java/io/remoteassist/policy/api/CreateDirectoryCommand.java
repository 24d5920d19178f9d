package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates the directory of one domain.
 *
 * @param directoryId the directory
 * @param domain      the domain's DNS name, e.g. {@code contoso.com}
 * @param netbiosName the NetBIOS name, e.g. {@code CONTOSO}; null derives it from the first DNS label
 */
public record CreateDirectoryCommand(@TargetAggregateIdentifier DirectoryId directoryId, String domain,
                                     String netbiosName) implements DirectoryCommand {
}
