package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a computer to another OU.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param ou          the destination OU
 */
public record MoveComputerCommand(@TargetAggregateIdentifier DirectoryId directoryId, String fqdn, OuPath ou)
        implements DirectoryCommand {
}
