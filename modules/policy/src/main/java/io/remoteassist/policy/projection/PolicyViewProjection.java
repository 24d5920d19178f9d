package io.remoteassist.policy.projection;

import io.remoteassist.policy.api.DirectoryEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.FindPolicyObjectQuery;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.ListPolicyObjectsQuery;
import io.remoteassist.policy.api.MayControlQuery;
import io.remoteassist.policy.api.MayCreateInvitationQuery;
import io.remoteassist.policy.api.MayOfferQuery;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.PolicyObjectEvent;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.policy.domain.PolicyQueries;
import io.remoteassist.policy.domain.PolicyReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The effective-policy read model: folds every policy event of the event store into a {@link PolicyReadModel}
 * held in memory, and answers the module's queries from it.
 *
 * <p>It runs in its own tracking processor ({@value #GROUP}) whose token is not stored, so every start replays
 * the event store from the first event; every server node keeps its own copy. Before answering, a query waits
 * (at most {@link #CATCH_UP_TIMEOUT}) until the model has seen every event stored when the query arrived, so a
 * decision never ignores a policy change that was already acknowledged. Thread-safe: events are applied and
 * snapshots taken under one lock; answers come from immutable snapshots.
 */
@ProcessingGroup(PolicyViewProjection.GROUP)
public class PolicyViewProjection {

    /** The processing group, and the name of its tracking processor. */
    public static final String GROUP = "policy-view";
    /** How long a query waits for the model to catch up with the event store. */
    public static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(15);

    private final Object lock = new Object();
    private final PolicyReadModel model = new PolicyReadModel(DirectoryId.DEFAULT);
    private final LongSupplier headPosition;
    private long position = -1;
    private PolicyQueries queries;

    /**
     * @param headPosition the global position of the last event in the store, -1 when it is empty
     */
    public PolicyViewProjection(LongSupplier headPosition) {
        this.headPosition = headPosition;
    }

    /** Every event passes here, so the position follows the store even for events the model ignores. */
    @EventHandler
    public void on(Object payload, TrackingToken token) {
        synchronized (lock) {
            model.on(payload);
            if (payload instanceof DirectoryEvent || payload instanceof PolicyObjectEvent) {
                queries = null;
            }
            position = Math.max(position, token == null ? position : token.position().orElse(position));
            lock.notifyAll();
        }
    }

    @QueryHandler
    public DirectoryView handle(FindDirectoryQuery query) {
        if (query.latest()) {
            awaitCaughtUp();
        }
        synchronized (lock) {
            return query.id().equals(DirectoryId.DEFAULT) ? model.directory().orElse(null) : null;
        }
    }

    @QueryHandler
    public PolicyObjectView handle(FindPolicyObjectQuery query) {
        awaitCaughtUp();
        synchronized (lock) {
            return model.policyObject(query.id()).orElse(null);
        }
    }

    @QueryHandler
    public List<PolicyObjectView> handle(ListPolicyObjectsQuery query) {
        awaitCaughtUp();
        synchronized (lock) {
            return model.policyObjects();
        }
    }

    @QueryHandler
    public ResultantSetOfPolicy handle(FindResultantSetOfPolicyQuery query) {
        return (query.latest() ? queries() : queriesAsHeld()).handle(query);
    }

    @QueryHandler
    public InvitationDecision handle(MayCreateInvitationQuery query) {
        return queries().handle(query);
    }

    @QueryHandler
    public PolicyDecision handle(MayOfferQuery query) {
        return queries().handle(query);
    }

    @QueryHandler
    public PolicyDecision handle(MayControlQuery query) {
        return queries().handle(query);
    }

    @QueryHandler
    public SessionSettingsView handle(FindSessionSettingsQuery query) {
        return queries().handle(query);
    }

    /** The domain name of the directory, once it exists and the model has caught up. */
    public java.util.Optional<String> domain() {
        awaitCaughtUp();
        synchronized (lock) {
            return model.directory().map(DirectoryView::domain);
        }
    }

    /**
     * The answers over the current state, after catching up. Without a directory every computer is unknown and
     * gets the defaults.
     */
    public PolicyQueries queries() {
        awaitCaughtUp();
        return queriesAsHeld();
    }

    /** The answers over the state applied so far, without waiting for the event store. */
    public PolicyQueries queriesAsHeld() {
        synchronized (lock) {
            if (queries == null) {
                queries = model.directory().isPresent() ? model.queries()
                    : new PolicyQueries(emptyDirectory(), Map.of());
            }
            return queries;
        }
    }

    /** The global position of the last event applied, -1 before the first. */
    public long position() {
        synchronized (lock) {
            return position;
        }
    }

    /**
     * Waits until every event stored now has been applied.
     *
     * @throws IllegalStateException when the model is still behind after {@link #CATCH_UP_TIMEOUT}
     */
    public void awaitCaughtUp() {
        long target = headPosition.getAsLong();
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        synchronized (lock) {
            while (position < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the policy view is still catching up with the event store "
                        + "(at " + position + " of " + target + "); try again shortly");
                }
                try {
                    lock.wait(Math.max(1, Math.min(100, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the policy view", e);
                }
            }
        }
    }

    private static DirectoryView emptyDirectory() {
        return new DirectoryView(DirectoryId.DEFAULT, "", "", List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());
    }
}
