package io.remoteassist.server.compliance;

import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationCreatedEvent;
import io.remoteassist.invitation.api.InvitationDeliveredEvent;
import io.remoteassist.invitation.api.InvitationEvent;
import io.remoteassist.policy.api.PolicyObjectEvent;
import io.remoteassist.server.policy.PolicyEventDescriptions;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.log.SessionLogEntries;
import org.axonframework.eventhandling.EventMessage;

import java.util.Optional;

/**
 * Turns an event into a step of the compliance timeline: its context, who did it, one line for people and
 * the detail an auditor replays (chat text, warning texts, the end summary). Pure: the same event always
 * gives the same step, which is what makes a rebuilt timeline equal to the original.
 */
final class TimelineDescriber {

    private TimelineDescriber() {
    }

    /** The step of {@code message}, or empty when the event is not part of any session's timeline. */
    static Optional<ComplianceEntry> describe(EventMessage<?> message, long globalIndex) {
        Object payload = message.getPayload();
        ComplianceEntry entry = new ComplianceEntry();
        entry.entryId = message.getIdentifier();
        entry.globalIndex = globalIndex;
        entry.occurredAt = message.getTimestamp();
        entry.eventType = payload.getClass().getSimpleName();
        if (payload instanceof InvitationEvent e) {
            entry.context = ComplianceEntry.INVITATION;
            entry.invitationId = e.invitationId().toString();
            entry.actor = e.actor();
            entry.summary = e.summary();
            entry.detail = invitationDetail(e);
        } else if (payload instanceof SessionEvent e) {
            entry.context = ComplianceEntry.SESSION;
            entry.sessionId = e.sessionId().toString();
            entry.actor = e.actor();
            entry.summary = e.summary();
            entry.detail = sessionDetail(e);
            if (e instanceof SessionRequestedEvent requested && requested.invitationId() != null) {
                entry.invitationId = requested.invitationId().toString();
            }
        } else if (payload instanceof PolicyObjectEvent e) {
            entry.context = ComplianceEntry.POLICY;
            entry.gpoId = e.id().toString();
            entry.actor = PolicyEventDescriptions.actor(payload, message.getMetaData());
            entry.summary = PolicyEventDescriptions.summary(payload);
        } else {
            return Optional.empty();
        }
        entry.actor = clip(entry.actor == null ? "system" : entry.actor, 255);
        entry.summary = clip(entry.summary, 1024);
        return Optional.of(entry);
    }

    private static String invitationDetail(InvitationEvent event) {
        if (event instanceof InvitationAcceptedEvent e) {
            return "session " + e.sessionId();
        } else if (event instanceof InvitationCreatedEvent e) {
            return "computer " + e.computer() + ", channel " + e.channel() + ", expires " + e.expiresAt();
        } else if (event instanceof InvitationDeliveredEvent e) {
            return "channel " + e.channel() + ", to " + e.target();
        }
        return null;
    }

    /** The same detail as the session log's, so the log files and the timeline say the same. */
    private static String sessionDetail(SessionEvent event) {
        return SessionLogEntries.detail(event);
    }

    static String endDetail(SessionEndedEvent e) {
        return SessionLogEntries.endDetail(e);
    }

    static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
