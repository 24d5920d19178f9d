package io.remoteassist.server.easyconnect;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/** Keeps the Easy Connect directory in step with the invitations (a subscribing processor). */
@Singleton
public class EasyConnectAxonModule implements ConfigurerModule {

    private final EasyConnectDirectory directory;

    EasyConnectAxonModule(EasyConnectDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> directory)
            .registerSubscribingEventProcessor(EasyConnectDirectory.GROUP)
            .registerListenerInvocationErrorHandler(EasyConnectDirectory.GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
