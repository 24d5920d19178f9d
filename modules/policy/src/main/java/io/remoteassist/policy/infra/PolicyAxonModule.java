package io.remoteassist.policy.infra;

import io.remoteassist.policy.domain.ComputerPolicy;
import io.remoteassist.policy.domain.Directory;
import io.remoteassist.policy.domain.PolicyObject;
import io.remoteassist.policy.projection.PolicyViewProjection;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;

/**
 * Registers the policy module with the server's Axon configuration: the {@code PolicyObject},
 * {@code Directory} and {@code ComputerPolicy} aggregates, the text and LDIF command handlers, the settings
 * catalog query, and the {@link PolicyViewProjection} that answers every other policy query.
 *
 * <p>The projection is in memory: its tracking processor ({@value PolicyViewProjection#GROUP}) keeps its token
 * in an in-memory token store, so each start replays the event store from the first event, and each node holds a
 * full copy. Handler errors propagate (the event is retried) so that no policy change is ever skipped.
 */
@ApplicationScoped
public class PolicyAxonModule implements ConfigurerModule {

    private static final int REPLAY_BATCH_SIZE = 100;

    private volatile Configuration configuration;
    private final PolicyViewProjection view = new PolicyViewProjection(this::headPosition);

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(c -> configuration = c);
        configurer.configureAggregate(PolicyObject.class)
            .configureAggregate(Directory.class)
            .configureAggregate(ComputerPolicy.class)
            .registerCommandHandler(c -> new PolicyCommandHandlers(c.commandGateway(), view))
            .registerQueryHandler(c -> view)
            .registerQueryHandler(c -> new SettingsCatalogQueries());
        configurer.eventProcessing()
            .registerEventHandler(c -> view)
            .registerTrackingEventProcessor(PolicyViewProjection.GROUP, Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(REPLAY_BATCH_SIZE))
            .registerTokenStore(PolicyViewProjection.GROUP, c -> new InMemoryTokenStore())
            .registerListenerInvocationErrorHandler(PolicyViewProjection.GROUP,
                c -> PropagatingErrorHandler.instance());
    }

    /** The projection, for code that runs in the same JVM and prefers a direct call to the query bus. */
    public PolicyViewProjection view() {
        return view;
    }

    private long headPosition() {
        Configuration c = configuration;
        if (c == null) {
            return -1;
        }
        TrackingToken head = c.eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
