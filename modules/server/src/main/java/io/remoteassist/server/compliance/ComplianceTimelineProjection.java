package io.remoteassist.server.compliance;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.HelperAlreadyConnectedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionSummary;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The compliance timeline: for each session, every event of its invitation, of the policy in effect and of
 * the session itself, and a sessions list. Written idempotently (keyed by event id: delivery is at least
 * once); a reset empties the timeline and the list so a replay rebuilds them.
 *
 * <p><b>Policy in effect.</b> The events say which warning texts a session was shown and which policy object
 * refused control, but not the whole effective policy of the computer. That comes from the policy module's
 * Resultant Set of Policy, which only knows the present. So it is asked once, the first time this projection
 * handles a session's request, and the answer is stored in {@code compliance_policy_snapshot}, which a reset
 * leaves in place: a replay reuses the stored snapshot and gives the same timeline. A snapshot taken more
 * than {@link #LATE} after the request (the projection caught up on older events) says so in its summary.
 * Changes to the applied policy objects while the session ran are joined in when the timeline is read.
 */
@Singleton
@ProcessingGroup(ComplianceTimelineProjection.GROUP)
public class ComplianceTimelineProjection {

    public static final String GROUP = "compliance-timeline";
    /** The event type of the policy snapshot step. */
    public static final String POLICY_IN_EFFECT = "PolicyInEffect";
    static final Duration LATE = Duration.ofMinutes(5);

    private final PolicySnapshots snapshots;

    ComplianceTimelineProjection(PolicySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, TrackingToken token) throws Throwable {
        var described = TimelineDescriber.describe(message, token.position().orElse(-1L));
        if (described.isEmpty()) {
            return;
        }
        ComplianceEntry entry = described.get();
        CompliancePolicySnapshot fresh = null;
        if (payload instanceof SessionRequestedEvent e) {
            String id = e.sessionId().toString();
            boolean known = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                CompliancePolicySnapshot.findById(id).map(Objects::nonNull)));
            if (!known) {
                fresh = snapshots.capture(id, e.computer(), e.at());
            }
        }
        CompliancePolicySnapshot captured = fresh;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
            ComplianceEntry.<ComplianceEntry>findById(entry.entryId).chain(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : entry.persist().chain(() -> sessionRow(payload, entry))
                    .chain(() -> policyStep(payload, entry, captured)))));
    }

    private static Uni<Void> sessionRow(Object payload, ComplianceEntry entry) {
        if (payload instanceof SessionRequestedEvent e) {
            return insertIfAbsent(row(e.sessionId().toString(), e.user(), e.helper(), e.computer(), e.mode().name(),
                e.invitationId() == null ? null : e.invitationId().toString(), entry.occurredAt));
        } else if (payload instanceof HelperAlreadyConnectedEvent e) {
            ComplianceSession row = row(e.sessionId().toString(), e.user(), e.helper(), e.computer(),
                e.mode().name(), e.invitationId() == null ? null : e.invitationId().toString(), entry.occurredAt);
            row.endedAt = entry.occurredAt;
            row.endedBy = "system";
            row.endReason = TimelineDescriber.clip("refused: " + e.user() + " is already being helped", 1024);
            return insertIfAbsent(row);
        } else if (payload instanceof ConnectionDeclinedEvent e) {
            return update(entry.sessionId, row -> {
                if (row.endedAt == null) {
                    row.endedAt = entry.occurredAt;
                    row.endedBy = TimelineDescriber.clip(e.user(), 255);
                    row.endReason = "declined the connection";
                }
            });
        } else if (payload instanceof SessionEndedEvent e) {
            return update(entry.sessionId, row -> ended(row, e, entry.occurredAt));
        }
        return Uni.createFrom().voidItem();
    }

    private static void ended(ComplianceSession row, SessionEndedEvent e, Instant at) {
        SessionSummary summary = e.sessionSummary();
        row.endedAt = at;
        row.endedBy = TimelineDescriber.clip(e.actor(), 255);
        row.endReason = TimelineDescriber.clip(e.reason(), 1024);
        row.durationMs = e.duration() == null ? null : e.duration().toMillis();
        if (summary != null) {
            row.controlMs = summary.timeInControl() == null ? null : summary.timeInControl().toMillis();
            row.bytesToHelper = summary.bytesToHelper();
            row.bytesToUser = summary.bytesToUser();
        }
    }

    /** After a session request: the policy in effect, from the stored snapshot (or the one just taken). */
    private static Uni<Void> policyStep(Object payload, ComplianceEntry request, CompliancePolicySnapshot fresh) {
        if (!(payload instanceof SessionRequestedEvent)) {
            return Uni.createFrom().voidItem();
        }
        Uni<CompliancePolicySnapshot> snapshot = fresh != null
            ? fresh.<CompliancePolicySnapshot>persist()
            : CompliancePolicySnapshot.findById(request.sessionId);
        return snapshot.chain(s -> {
            if (s == null) {
                return Uni.createFrom().voidItem();
            }
            ComplianceEntry step = new ComplianceEntry();
            step.entryId = request.entryId + ":policy";
            step.globalIndex = request.globalIndex;
            step.subIndex = 1;
            step.occurredAt = request.occurredAt;
            step.context = ComplianceEntry.POLICY;
            step.eventType = POLICY_IN_EFFECT;
            step.sessionId = request.sessionId;
            step.actor = "system";
            boolean late = s.capturedAt.isAfter(s.requestedAt.plus(LATE));
            step.summary = TimelineDescriber.clip(s.summary + (late ? " (captured late, at " + s.capturedAt + ")"
                : ""), 1024);
            step.detail = s.detail;
            return step.persist().replaceWithVoid();
        });
    }

    private static ComplianceSession row(String id, String user, String helper, String computer, String mode,
                                         String invitationId, Instant startedAt) {
        ComplianceSession row = new ComplianceSession();
        row.sessionId = id;
        row.userName = TimelineDescriber.clip(user, 255);
        row.helper = TimelineDescriber.clip(helper, 255);
        row.computer = TimelineDescriber.clip(computer, 255);
        row.mode = mode;
        row.invitationId = invitationId;
        row.startedAt = startedAt;
        return row;
    }

    private static Uni<Void> insertIfAbsent(ComplianceSession row) {
        return ComplianceSession.<ComplianceSession>findById(row.sessionId).chain(existing -> existing != null
            ? Uni.createFrom().voidItem()
            : row.persist().replaceWithVoid());
    }

    private static Uni<Void> update(String sessionId, Consumer<ComplianceSession> change) {
        return ComplianceSession.<ComplianceSession>findById(sessionId).invoke(row -> {
            if (row != null) {
                change.accept(row);
            }
        }).replaceWithVoid();
    }

    @ResetHandler
    public void reset() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
            ComplianceEntry.deleteAll().chain(() -> ComplianceSession.deleteAll())));
    }
}
