package io.remoteassist.server.session;

import java.time.Instant;

/**
 * Where a session stands: who is in it and its state name (a {@code SessionState}), and the warning texts Group
 * Policy had shown to the User before connecting and before sharing control (null when none).
 */
public record SessionView(String sessionId, String user, String computer, String helper, String mode, String state,
                          Instant requestedAt, Instant updatedAt, String warningBeforeConnecting,
                          String warningBeforeSharingControl) {
}
