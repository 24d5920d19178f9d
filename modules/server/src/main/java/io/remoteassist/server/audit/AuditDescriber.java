package io.remoteassist.server.audit;

import io.remoteassist.invitation.api.InvitationEvent;
import io.remoteassist.invitation.api.RendezvousEvent;
import io.remoteassist.server.policy.PolicyEventDescriptions;
import io.remoteassist.session.api.SessionEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/** Turns a domain event into the words of the audit trail: who did it and what happened. */
final class AuditDescriber {

    private AuditDescriber() {
    }

    static AuditEntry describe(EventMessage<?> message, long globalIndex) {
        Object payload = message.getPayload();
        AuditEntry entry = new AuditEntry();
        entry.eventId = message.getIdentifier();
        entry.globalIndex = globalIndex;
        entry.occurredAt = message.getTimestamp();
        entry.eventType = payload.getClass().getSimpleName();
        if (message instanceof DomainEventMessage<?> domain) {
            entry.aggregateType = domain.getType();
            entry.aggregateId = domain.getAggregateIdentifier();
            entry.sequenceNo = domain.getSequenceNumber();
        } else {
            entry.aggregateType = "none";
            entry.aggregateId = "none";
        }
        if (payload instanceof InvitationEvent e) {
            entry.actor = e.actor();
            entry.summary = e.summary();
        } else if (payload instanceof SessionEvent e) {
            entry.actor = e.actor();
            entry.summary = e.summary();
        } else if (payload instanceof RendezvousEvent e) {
            entry.actor = e.actor();
            entry.summary = e.summary();
        } else if (PolicyEventDescriptions.describes(payload)) {
            entry.actor = PolicyEventDescriptions.actor(payload, message.getMetaData());
            entry.summary = PolicyEventDescriptions.summary(payload);
        } else {
            entry.actor = "system";
            entry.summary = entry.eventType;
        }
        entry.actor = clip(entry.actor, 255);
        entry.summary = clip(entry.summary, 1024);
        return entry;
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
