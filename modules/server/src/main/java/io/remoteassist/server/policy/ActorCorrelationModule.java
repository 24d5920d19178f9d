package io.remoteassist.server.policy;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

import java.util.List;

/**
 * Copies the {@code actor} metadata of a command to the events it causes (besides Axon's correlation and trace
 * ids), so that events without an actor field, such as the directory's, are attributed in the audit trail.
 */
@Singleton
public class ActorCorrelationModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
            new SimpleCorrelationDataProvider(PolicyGateway.ACTOR)));
    }
}
