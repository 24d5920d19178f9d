package io.remoteassist.session.api.log;

import io.remoteassist.session.api.ChatMessageSentEvent;
import io.remoteassist.session.api.ControlRequestRefusedByPolicyEvent;
import io.remoteassist.session.api.ControlRequestedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns session events into log entries, the same way for the log files and for the server's compliance timeline:
 * every session event is an entry; its detail is the chat text, the warning text shown, the policy's refusal or the
 * end summary.
 */
public final class SessionLogEntries {

    private SessionLogEntries() {
    }

    /** The entry of {@code event}, stamped {@code at} (the time the event was stored). */
    public static SessionLogEntry of(SessionEvent event, Instant at) {
        return new SessionLogEntry(at, event.getClass().getSimpleName(), event.actor(), event.summary(),
            detail(event));
    }

    /**
     * Builds the log of one session from its events, oldest first.
     *
     * @param sessionId      the session
     * @param events         its events with the time each was stored
     * @param forcedByPolicy whether policy forces logging on the User's computer
     */
    public static SessionLog log(String sessionId, List<Stamped> events, boolean forcedByPolicy) {
        String user = null;
        String helper = null;
        String computer = null;
        List<SessionLogEntry> entries = new ArrayList<>();
        for (Stamped s : events) {
            if (s.event() instanceof SessionRequestedEvent r) {
                user = r.user();
                helper = r.helper();
                computer = r.computer();
            }
            entries.add(of(s.event(), s.at()));
        }
        return new SessionLog(sessionId, user, helper, computer, forcedByPolicy, entries);
    }

    /** The detail of an event, or null. */
    public static String detail(SessionEvent event) {
        if (event instanceof ChatMessageSentEvent e) {
            return e.text();
        } else if (event instanceof SessionRequestedEvent e) {
            return e.warningBeforeConnecting() == null ? null : "warning before connecting: "
                + e.warningBeforeConnecting();
        } else if (event instanceof ControlRequestedEvent e) {
            return e.warningBeforeSharingControl() == null ? null : "warning before sharing control: "
                + e.warningBeforeSharingControl();
        } else if (event instanceof ControlRequestRefusedByPolicyEvent e) {
            return e.reason();
        } else if (event instanceof SessionEndedEvent e) {
            return endDetail(e);
        }
        return null;
    }

    /** The end summary in words: duration, time in control, who ended it and why, bytes each way. */
    public static String endDetail(SessionEndedEvent e) {
        SessionSummary s = e.sessionSummary();
        if (s == null) {
            return "ended by " + e.actor() + " (" + e.reason() + ") after " + e.duration().toSeconds() + " s";
        }
        return "duration " + s.duration().toSeconds() + " s; in control " + s.timeInControl().toSeconds()
            + " s; ended by " + s.endedBy() + " (" + s.reason() + "); " + s.bytesToHelper()
            + " bytes to the Helper, " + s.bytesToUser() + " bytes to the User";
    }

    /**
     * A session event with the time it was stored.
     *
     * @param event the event
     * @param at    when it was stored
     */
    public record Stamped(SessionEvent event, Instant at) {
    }
}
