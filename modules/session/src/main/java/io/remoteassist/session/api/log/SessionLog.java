package io.remoteassist.session.api.log;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The log of one assistance session as both sides keep it (Windows' {@code Remote Assistance Logs}).
 *
 * @param sessionId      the session
 * @param user           the User
 * @param helper         the Helper
 * @param computer       the User's computer
 * @param forcedByPolicy whether Group Policy <em>Turn on session logging</em> is enabled for the computer, so the
 *                       User may not turn the log off
 * @param entries        the entries, oldest first
 */
public record SessionLog(String sessionId, String user, String helper, String computer, boolean forcedByPolicy,
                         List<SessionLogEntry> entries) {

    public SessionLog {
        Objects.requireNonNull(sessionId, "sessionId");
        user = user == null ? "" : user;
        helper = helper == null ? "" : helper;
        computer = computer == null ? "" : computer;
        entries = List.copyOf(entries);
    }

    /** When the session started: its first entry; null for a log without entries. */
    public Instant startedAt() {
        return entries.isEmpty() ? null : entries.get(0).at();
    }
}
