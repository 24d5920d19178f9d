package io.remoteassist.server.axon;

import io.remoteassist.server.audit.AuditProjection;
import io.remoteassist.server.kafka.KafkaEventForwarder;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * The server's own event processors: the audit projection (pooled streaming) and the Kafka
 * forwarder (tracking, its own group). Both propagate handler errors, so a failing event is
 * retried instead of skipped: nothing is lost.
 */
@Singleton
public class ServerAxonModule implements ConfigurerModule {

    private final AuditProjection audit;
    private final KafkaEventForwarder forwarder;

    ServerAxonModule(AuditProjection audit, KafkaEventForwarder forwarder) {
        this.audit = audit;
        this.forwarder = forwarder;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> audit)
            .registerPooledStreamingEventProcessor(AuditProjection.GROUP)
            .registerListenerInvocationErrorHandler(AuditProjection.GROUP, c -> PropagatingErrorHandler.instance())
            .registerEventHandler(c -> forwarder)
            .registerTrackingEventProcessor(KafkaEventForwarder.GROUP)
            .registerListenerInvocationErrorHandler(KafkaEventForwarder.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
