package io.remoteassist.policy.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A computer joined the domain.
 *
 * @param directoryId the directory
 * @param fqdn        the computer's fully qualified DNS name
 * @param ipAddresses its addresses
 * @param ou          the OU ({@link OuPath#ROOT} for none)
 * @param site        the site, or null for none
 */
@Revision("1")
public record ComputerJoinedEvent(DirectoryId directoryId, String fqdn, List<String> ipAddresses, OuPath ou,
                                  String site) implements DirectoryEvent {
}
