package io.remoteassist.server.policy.push;

import java.time.Instant;
import java.util.List;

/**
 * A connected agent as the console shows it.
 *
 * @param computer       the name the agent gave
 * @param directoryName  the directory's FQDN of it (the same name when the directory does not know it)
 * @param ipAddresses    the addresses the agent gave
 * @param connectedAt    when it said hello
 * @param sentVersion    the policy version last sent to it
 * @param sentAt         when
 * @param appliedVersion the version it last acknowledged on this connection, or null
 * @param appliedAt      when, or null
 */
public record AgentStatus(String computer, String directoryName, List<String> ipAddresses, Instant connectedAt,
                          String sentVersion, Instant sentAt, String appliedVersion, Instant appliedAt) {
}
