package io.remoteassist.server.compliance;

import java.time.Instant;

/**
 * One step of a session's compliance timeline. {@code context} is {@code invitation}, {@code policy} or
 * {@code session}; {@code detail} is the chat text, a warning text, the policy snapshot or the end summary,
 * or null. Every text may come from an endpoint and is untrusted.
 */
public record TimelineEntryView(Instant time, String context, String eventType, String actor, String summary,
                                String detail) {

    static TimelineEntryView of(ComplianceEntry entry) {
        return new TimelineEntryView(entry.occurredAt, entry.context, entry.eventType, entry.actor, entry.summary,
            entry.detail);
    }
}
