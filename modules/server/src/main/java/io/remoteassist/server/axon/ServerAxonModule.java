package io.remoteassist.server.axon;

import io.remoteassist.server.audit.AuditProjection;
import io.remoteassist.server.invitation.InvitationDeadlines;
import io.remoteassist.server.kafka.KafkaEventForwarder;
import io.remoteassist.server.session.SessionDirectory;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * The server's own event processors: the audit projection and the invitation deadlines (pooled
 * streaming), the session status view (subscribing: written in the command's own transaction, so
 * it is current as soon as a command returns), and the Kafka forwarder (tracking, its own group). Both propagate handler errors, so a failing event is
 * retried instead of skipped: nothing is lost.
 */
@Singleton
public class ServerAxonModule implements ConfigurerModule {

    private final AuditProjection audit;
    private final KafkaEventForwarder forwarder;
    private final SessionDirectory sessions;
    private final InvitationDeadlines deadlines;

    ServerAxonModule(AuditProjection audit, KafkaEventForwarder forwarder, SessionDirectory sessions,
                     InvitationDeadlines deadlines) {
        this.audit = audit;
        this.forwarder = forwarder;
        this.sessions = sessions;
        this.deadlines = deadlines;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> audit)
            .registerPooledStreamingEventProcessor(AuditProjection.GROUP)
            .registerListenerInvocationErrorHandler(AuditProjection.GROUP, c -> PropagatingErrorHandler.instance())
            .registerEventHandler(c -> forwarder)
            .registerTrackingEventProcessor(KafkaEventForwarder.GROUP)
            .registerListenerInvocationErrorHandler(KafkaEventForwarder.GROUP, c -> PropagatingErrorHandler.instance())
            .registerEventHandler(c -> sessions)
            .registerSubscribingEventProcessor(SessionDirectory.GROUP)
            .registerListenerInvocationErrorHandler(SessionDirectory.GROUP, c -> PropagatingErrorHandler.instance())
            .registerEventHandler(c -> deadlines)
            .registerPooledStreamingEventProcessor(InvitationDeadlines.GROUP)
            .registerListenerInvocationErrorHandler(InvitationDeadlines.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
