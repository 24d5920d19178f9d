package io.remoteassist.server.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the audit trail: one domain event, keyed by the event's id. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "global_index")
    public long globalIndex;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "sequence_no")
    public long sequenceNo;

    @Column(name = "event_type")
    public String eventType;

    public String actor;

    public String summary;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;
}
