package io.remoteassist.server.presence;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers {@link ImInvitationClosures} (a subscribing processor). */
@Singleton
public class PresenceAxonModule implements ConfigurerModule {

    private final ImInvitationClosures closures;

    PresenceAxonModule(ImInvitationClosures closures) {
        this.closures = closures;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> closures)
            .registerSubscribingEventProcessor(ImInvitationClosures.GROUP);
    }
}
