package io.remoteassist.server.compliance;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * Registers the compliance timeline: a pooled streaming processor of its own, propagating handler errors so
 * that a failing event is retried rather than skipped.
 */
@Singleton
public class ComplianceAxonModule implements ConfigurerModule {

    private final ComplianceTimelineProjection projection;

    ComplianceAxonModule(ComplianceTimelineProjection projection) {
        this.projection = projection;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> projection)
            .registerPooledStreamingEventProcessor(ComplianceTimelineProjection.GROUP)
            .registerListenerInvocationErrorHandler(ComplianceTimelineProjection.GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
