package io.remoteassist.server.audit;

import io.remoteassist.server.axon.AxonConfiguration;
import io.remoteassist.server.web.ApiError;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Set;

/**
 * Rebuilds a read model from the event store: stops its processor, resets its tokens (its reset
 * handler empties the view in the same step), and starts it again from the first event.
 */
@Singleton
public class ProjectionReplay {

    /** The read models that can be rebuilt. */
    public static final Set<String> PROJECTIONS = Set.of(AuditProjection.GROUP,
        io.remoteassist.server.invitation.InvitationDeadlines.GROUP,
        io.remoteassist.server.compliance.ComplianceTimelineProjection.GROUP);

    private final AxonConfiguration axon;

    ProjectionReplay(AxonConfiguration axon) {
        this.axon = axon;
    }

    public synchronized void replay(String projection) {
        if (!PROJECTIONS.contains(projection)) {
            throw ApiError.of(404, "no projection named " + projection + "; known: " + PROJECTIONS);
        }
        StreamingEventProcessor processor = axon.configuration().eventProcessingConfiguration()
            .eventProcessor(projection, StreamingEventProcessor.class)
            .orElseThrow(() -> ApiError.of(404, "projection " + projection + " has no processor"));
        processor.shutDown();
        try {
            processor.resetTokens();
        } finally {
            processor.start();
        }
    }
}
