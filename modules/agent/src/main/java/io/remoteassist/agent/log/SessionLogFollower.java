package io.remoteassist.agent.log;

import io.remoteassist.session.api.log.SessionLog;
import io.remoteassist.session.api.log.SessionLogEntry;
import io.remoteassist.session.api.log.SessionLogFiles;
import io.remoteassist.session.api.log.SessionLogFormatException;
import io.remoteassist.session.api.log.SessionLogXml;
import io.remoteassist.session.api.log.SessionLogging;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps this side's copy of one session's log: each time the server's log ({@code GET /api/sessions/{id}/log}) is
 * fetched, the entries not seen yet are shown (so the person sees what is recorded) and, when logging is on, the
 * file {@code Remote Assistance Logs/YYYYMMDDHHMMSS.xml} in the documents folder is rewritten. Logging is on unless
 * turned off here, and a policy that forces it wins over that.
 */
public final class SessionLogFollower {

    /** The events after which a session has nothing more to log. */
    public static final Set<String> LAST = Set.of("SessionEndedEvent", "ConnectionDeclinedEvent",
        "HelperAlreadyConnectedEvent", "OfferRefusedEvent");

    private final Path documents;
    private volatile boolean turnedOff;
    private final ZoneId zone;
    private final Consumer<String> show;
    private int shown;
    private Path file;
    private boolean announced;
    private boolean over;

    /**
     * @param documents the documents folder ({@link SessionLogFiles#documents})
     * @param turnedOff the person here asked for no log file
     * @param zone      the time zone of the file name
     * @param show      where each new entry's line goes (terminal, chat pane)
     */
    public SessionLogFollower(Path documents, boolean turnedOff, ZoneId zone, Consumer<String> show) {
        this.documents = documents;
        this.turnedOff = turnedOff;
        this.zone = zone;
        this.show = show;
    }

    /**
     * Applies the server's latest log of the session.
     *
     * @return whether the session is over (the log will not grow)
     * @throws SessionLogFormatException when the bytes are not a session log (nothing is written then)
     */
    public boolean update(byte[] xml) throws SessionLogFormatException, IOException {
        SessionLog log = SessionLogXml.read(xml);
        boolean enabled = SessionLogging.enabled(log.forcedByPolicy(), turnedOff);
        if (!announced && !log.entries().isEmpty()) {
            announced = true;
            show.accept(enabled ? "log: this session is recorded in " + SessionLogFiles.fileFor(documents,
                log.startedAt(), zone) + (log.forcedByPolicy() && turnedOff ? " (Group Policy requires it)" : "")
                : "log: no log file is kept for this session on this computer");
        }
        for (int i = shown; i < log.entries().size(); i++) {
            show.accept("log: " + log.entries().get(i).line());
        }
        shown = Math.max(shown, log.entries().size());
        if (enabled && !log.entries().isEmpty()) {
            file = SessionLogFiles.save(documents, log, zone);
        }
        over = !log.entries().isEmpty()
            && LAST.contains(log.entries().get(log.entries().size() - 1).event());
        return over;
    }

    /** The person here turns the log file off ({@code true}) or back on; a policy that forces logging wins. */
    public void turnOff(boolean off) {
        turnedOff = off;
    }

    /** @return whether the person here asked for no log file */
    public boolean turnedOff() {
        return turnedOff;
    }

    /** @return the log file, once written */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return whether the last update showed the session over */
    public boolean over() {
        return over;
    }

    /** @return how many entries were shown */
    public int shown() {
        return shown;
    }

    /** The entry lines of a log, for one-shot use. */
    public static java.util.List<String> lines(SessionLog log) {
        return log.entries().stream().map(SessionLogEntry::line).toList();
    }
}
