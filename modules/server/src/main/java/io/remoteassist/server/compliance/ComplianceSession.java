package io.remoteassist.server.compliance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the compliance sessions list: who, where, how the session began and how it ended. */
@Entity
@Table(name = "compliance_session")
public class ComplianceSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "user_name")
    public String userName;

    public String helper;

    public String computer;

    public String mode;

    @Column(name = "invitation_id")
    public String invitationId;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "duration_ms")
    public Long durationMs;

    @Column(name = "control_ms")
    public Long controlMs;

    @Column(name = "bytes_to_helper")
    public Long bytesToHelper;

    @Column(name = "bytes_to_user")
    public Long bytesToUser;
}
