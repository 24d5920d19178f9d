package io.remoteassist.server.invitation;

import java.time.Instant;

/**
 * Answer to {@code POST /api/invitations}: what the User's agent needs to write the file and answer Helpers.
 *
 * @param agentKey   shown once, kept as a hash: the agent presents it on {@code agentPath} (query {@code key})
 * @param relayHost  the relay's host for the file's N attribute
 * @param relayPort  the relay's port for the file's P attribute
 * @param agentPath  the relay path where the agent answers Helpers
 * @param helperPath the relay path where a Helper proves the password
 */
public record RegisteredInvitation(String id, String user, String computer, Instant createdAt, Instant expiresAt,
                                   String agentKey, String relayHost, int relayPort, String agentPath,
                                   String helperPath) {
}
