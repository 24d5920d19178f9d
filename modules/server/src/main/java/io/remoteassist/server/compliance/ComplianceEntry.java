package io.remoteassist.server.compliance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step of a compliance timeline, keyed by the event id (or the event id and a suffix for the steps an
 * event adds, such as the policy snapshot of a session request). Ordered by the event store's global index,
 * then {@code subIndex}.
 */
@Entity
@Table(name = "compliance_entry")
public class ComplianceEntry extends PanacheEntityBase {

    public static final String INVITATION = "invitation";
    public static final String POLICY = "policy";
    public static final String SESSION = "session";

    @Id
    @Column(name = "entry_id")
    public String entryId;

    @Column(name = "global_index")
    public long globalIndex;

    @Column(name = "sub_index")
    public int subIndex;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String context;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "invitation_id")
    public String invitationId;

    @Column(name = "gpo_id")
    public String gpoId;

    public String actor;

    public String summary;

    public String detail;
}
