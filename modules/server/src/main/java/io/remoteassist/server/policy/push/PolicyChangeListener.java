package io.remoteassist.server.policy.push;

import io.remoteassist.policy.api.DirectoryEvent;
import io.remoteassist.policy.api.PolicyObjectEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Tells the {@link PolicyPushHub} that the policy or the directory changed. Runs in the tracking processor
 * {@value #GROUP}, after the change is committed, so a recomputation always sees it; the processor starts at the
 * head of the event store (agents get the current policy when they connect, history is not replayed).
 */
@ProcessingGroup(PolicyChangeListener.GROUP)
class PolicyChangeListener {

    static final String GROUP = "policy-push";

    private final Supplier<PolicyPushHub> hub;

    PolicyChangeListener(Supplier<PolicyPushHub> hub) {
        this.hub = hub;
    }

    @EventHandler
    void on(PolicyObjectEvent event, @Timestamp Instant storedAt) {
        hub.get().policyChanged(storedAt);
    }

    @EventHandler
    void on(DirectoryEvent event, @Timestamp Instant storedAt) {
        hub.get().policyChanged(storedAt);
    }
}
