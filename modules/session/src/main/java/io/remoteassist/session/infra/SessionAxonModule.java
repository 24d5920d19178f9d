package io.remoteassist.session.infra;

import io.remoteassist.session.domain.AssistanceSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the session module's aggregates and handlers with the server's Axon configuration. */
@ApplicationScoped
public class SessionAxonModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AssistanceSession.class);
    }
}
