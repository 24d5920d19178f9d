package io.remoteassist.server.contacts;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/** Keeps the trusted-contacts view (a subscribing processor). */
@Singleton
public class ContactsAxonModule implements ConfigurerModule {

    private final TrustedContacts contacts;

    ContactsAxonModule(TrustedContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
            .registerEventHandler(c -> contacts)
            .registerSubscribingEventProcessor(TrustedContacts.GROUP)
            .registerListenerInvocationErrorHandler(TrustedContacts.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
