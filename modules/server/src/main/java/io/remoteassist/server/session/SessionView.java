package io.remoteassist.server.session;

import java.time.Instant;

/** Where a session stands: who is in it and its state name (a {@code SessionState}). */
public record SessionView(String sessionId, String user, String computer, String helper, String mode, String state,
                          Instant requestedAt, Instant updatedAt) {
}
