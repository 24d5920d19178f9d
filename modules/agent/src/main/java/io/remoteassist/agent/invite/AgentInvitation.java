package io.remoteassist.agent.invite;

import io.remoteassist.transport.net.SrpVerifier;

import java.time.Instant;

/**
 * One invitation the User's agent made, as it keeps it: the SRP-6a salt and verifier (never the password), the
 * agent key that lets it answer Helpers on the relay, and where to answer.
 *
 * @param id        the invitation id the server registered
 * @param user      the User
 * @param computer  the User's computer
 * @param expiresAt the granted expiry
 * @param agentKey  the key the server gave this agent for the invitation
 * @param agentPath the relay path where the agent waits for Helpers
 * @param verifier  salt and verifier
 */
public record AgentInvitation(String id, String user, String computer, Instant expiresAt, String agentKey,
                              String agentPath, SrpVerifier verifier) {
}
