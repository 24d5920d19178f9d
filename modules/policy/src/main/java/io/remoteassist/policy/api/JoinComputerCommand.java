package io.remoteassist.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Joins a computer to the domain.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param ipAddresses IPv4/IPv6 literals, possibly empty
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 * @param site        the site, or null for none
 */
public record JoinComputerCommand(@TargetAggregateIdentifier DirectoryId directoryId, String fqdn,
                                  List<String> ipAddresses, OuPath ou, String site) implements DirectoryCommand {
}
