package io.remoteassist.session.infra;

import io.remoteassist.session.api.ActiveSessionRegistry;
import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.domain.ActiveSessions;
import io.remoteassist.session.domain.ActiveSessionsProjection;
import io.remoteassist.session.domain.AssistanceSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;

import java.util.concurrent.TimeUnit;

/**
 * Registers the session module with the server's Axon configuration: the {@link AssistanceSession}
 * aggregate, the {@link ActiveSessionRegistry} its creation handler claims Users in (also a CDI bean,
 * so callers can ask before requesting a session), and the subscribing processor
 * {@value ActiveSessionsUpdater#GROUP} that keeps the registry current. On start the registry is
 * rebuilt from the session events in the event store. Grace deadlines are the server's to keep
 * (persisted) and to fire as {@code ExpireConnectionGraceCommand}.
 */
@ApplicationScoped
public class SessionAxonModule implements ConfigurerModule {

    private final ActiveSessions activeSessions = new ActiveSessions();
    private final ActiveSessionsProjection projection = new ActiveSessionsProjection(activeSessions);

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AssistanceSession.class);
        configurer.registerComponent(ActiveSessionRegistry.class, c -> activeSessions);
        configurer.eventProcessing()
            .registerEventHandler(c -> new ActiveSessionsUpdater(projection))
            .registerSubscribingEventProcessor(ActiveSessionsUpdater.GROUP);
        // before the subscribing processor starts taking live events
        configurer.onInitialize(config -> config.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS - 1,
            () -> rebuild(config.eventStore())));
    }

    /** The registry of active sessions, for callers that check before requesting a session. */
    @Produces
    @ApplicationScoped
    ActiveSessionRegistry activeSessionRegistry() {
        return activeSessions;
    }

    private void rebuild(EventStore store) {
        projection.reset();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                // only session payloads are deserialized
                if (SessionEvent.class.isAssignableFrom(message.getPayloadType())) {
                    projection.on(message.getPayload());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the active sessions", e);
        }
    }
}
