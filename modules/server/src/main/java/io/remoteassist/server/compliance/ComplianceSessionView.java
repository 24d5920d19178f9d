package io.remoteassist.server.compliance;

import java.time.Instant;

/**
 * A session as the compliance list shows it. {@code endedAt}, {@code endedBy} and {@code endReason} are null
 * while it runs; durations are in seconds, bytes as the transport reported them (null until the end).
 */
public record ComplianceSessionView(String sessionId, String user, String helper, String computer, String mode,
                                    String invitationId, Instant startedAt, Instant endedAt, String endedBy,
                                    String endReason, Long durationSeconds, Long timeInControlSeconds,
                                    Long bytesToHelper, Long bytesToUser) {

    static ComplianceSessionView of(ComplianceSession row) {
        return new ComplianceSessionView(row.sessionId, row.userName, row.helper, row.computer, row.mode,
            row.invitationId, row.startedAt, row.endedAt, row.endedBy, row.endReason, seconds(row.durationMs),
            seconds(row.controlMs), row.bytesToHelper, row.bytesToUser);
    }

    private static Long seconds(Long millis) {
        return millis == null ? null : millis / 1000;
    }
}
