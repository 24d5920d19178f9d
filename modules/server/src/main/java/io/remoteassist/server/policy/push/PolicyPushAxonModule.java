package io.remoteassist.server.policy.push;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers the {@link PolicyChangeListener} in its own tracking processor ({@value PolicyChangeListener#GROUP})
 * with an in-memory token that starts at the head of the event store: each node pushes the changes it sees from
 * its start on, whichever node stored them.
 *
 * <p>The hub is looked up lazily: it needs the gateways, which exist only once the configuration is built.
 */
@Singleton
public class PolicyPushAxonModule implements ConfigurerModule {

    /**
     * Events per unit of work: every agent's acknowledgement is an event this processor reads past, so after a
     * round of 1,000 agents a batch of one would put the next change behind 1,000 units of work.
     */
    private static final int BATCH_SIZE = 256;

    private final Provider<PolicyPushHub> hub;

    PolicyPushAxonModule(Provider<PolicyPushHub> hub) {
        this.hub = hub;
    }

    @Override
    public void configureModule(Configurer configurer) {
        PolicyChangeListener listener = new PolicyChangeListener(hub::get);
        configurer.eventProcessing()
            .registerEventHandler(c -> listener)
            .registerTrackingEventProcessor(PolicyChangeListener.GROUP, Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(BATCH_SIZE)
                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
            .registerTokenStore(PolicyChangeListener.GROUP, c -> new InMemoryTokenStore());
    }
}
