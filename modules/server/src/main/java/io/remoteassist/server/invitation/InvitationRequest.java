package io.remoteassist.server.invitation;

/** Body of {@code POST /api/invitations}. */
public record InvitationRequest(String user, String computer, Integer expiresInMinutes) {
}
