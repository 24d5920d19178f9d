package io.remoteassist.server.session;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/** Registers the persisted grace deadlines' processor with the server's Axon configuration. */
@Singleton
public class SessionGraceModule implements ConfigurerModule {

    private final SessionGraceDeadlines deadlines;

    SessionGraceModule(SessionGraceDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> deadlines)
            .registerPooledStreamingEventProcessor(SessionGraceDeadlines.GROUP)
            .registerListenerInvocationErrorHandler(SessionGraceDeadlines.GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
