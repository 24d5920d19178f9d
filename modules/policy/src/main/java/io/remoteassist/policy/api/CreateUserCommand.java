package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a user.
 *
 * @param directoryId the directory
 * @param accountName the logon name, unique among users and groups
 * @param displayName the display name, or null
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 */
public record CreateUserCommand(@TargetAggregateIdentifier DirectoryId directoryId, String accountName,
                                String displayName, OuPath ou) implements DirectoryCommand {
}
