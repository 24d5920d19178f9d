package io.remoteassist.server.presence;

import java.time.Instant;

/**
 * Body of {@code POST /api/im/invitations}: {@code from} sends the invitation {@code invitationId} (its
 * .MsRcIncident file, base64, expiring at {@code expiresAt}) to {@code to}, a buddy who is online.
 */
public record ImInvitationRequest(String from, String to, String invitationId, String file, Instant expiresAt) {
}
