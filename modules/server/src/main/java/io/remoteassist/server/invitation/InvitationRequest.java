package io.remoteassist.server.invitation;

/**
 * Body of {@code POST /api/invitations}, sent by the User's agent: metadata only. The agent keeps the password and
 * the SRP-6a verifier; a body that carries either is refused.
 */
public record InvitationRequest(String user, String computer, Integer expiresInMinutes, String channel,
                                String password, String verifier) {
}
