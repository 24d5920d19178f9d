package io.remoteassist.server.compliance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The policy in effect for a session's computer, captured once, the first time the compliance projection
 * handles the session's request, and kept across resets so that a rebuilt timeline shows the same policy.
 * {@code gpoIds} lists the applied policy objects, comma separated.
 */
@Entity
@Table(name = "compliance_policy_snapshot")
public class CompliancePolicySnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    public String computer;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "gpo_ids")
    public String gpoIds;

    public String summary;

    public String detail;
}
