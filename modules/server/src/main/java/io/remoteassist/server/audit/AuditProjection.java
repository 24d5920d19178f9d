package io.remoteassist.server.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Writes one audit row per domain event, hash-chained to the previous row of its aggregate
 * ({@link AuditChain}). Idempotent (the event id is the key), since the row and the processor's
 * token are not written in one transaction; a reset empties the table so a replay rebuilds it,
 * hashes included, from the event store.
 */
@Singleton
@ProcessingGroup(AuditProjection.GROUP)
public class AuditProjection {

    public static final String GROUP = "audit";

    @EventHandler
    public void on(Object payload, EventMessage<?> message, TrackingToken token) throws Throwable {
        AuditEntry entry = AuditDescriber.describe(message, token.position().orElse(-1L));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
            AuditEntry.<AuditEntry>findById(entry.eventId).chain(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : previousHash(entry).chain(previous -> {
                    entry.prevHash = previous;
                    entry.hash = AuditChain.hash(previous, entry);
                    return entry.persist().replaceWithVoid();
                }))));
    }

    private static Uni<String> previousHash(AuditEntry entry) {
        return AuditEntry.<AuditEntry>find("aggregateId = ?1 and sequenceNo < ?2 order by sequenceNo desc",
                entry.aggregateId, entry.sequenceNo)
            .firstResult()
            .map(last -> last == null ? "" : last.hash);
    }

    @ResetHandler
    public void reset() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> AuditEntry.deleteAll()));
    }
}
