package io.remoteassist.server.audit;

import java.time.Instant;

/** One audit row as the API shows it. */
public record AuditView(Instant time, String aggregateType, String aggregateId, String eventType, String actor,
                        String summary, String eventId) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.occurredAt, e.aggregateType, e.aggregateId, e.eventType, e.actor, e.summary, e.eventId);
    }
}
