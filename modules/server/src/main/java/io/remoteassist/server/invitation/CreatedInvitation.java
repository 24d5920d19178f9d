package io.remoteassist.server.invitation;

import java.time.Instant;

/**
 * Answer to {@code POST /api/invitations}. The password is shown here once and kept nowhere;
 * {@code file} is the .MsRcIncident invitation, also at {@code fileUrl} until the invitation closes.
 */
public record CreatedInvitation(String id, String user, String computer, String password, Instant expiresAt,
                                String fileName, String fileUrl, String file) {
}
