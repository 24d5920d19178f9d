package io.remoteassist.invitation.infra;

import io.remoteassist.invitation.domain.ContactExchange;
import io.remoteassist.invitation.domain.EasyConnectLookup;
import io.remoteassist.invitation.domain.Invitation;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the invitation module's aggregates and handlers with the server's Axon configuration. */
@ApplicationScoped
public class InvitationAxonModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Invitation.class);
        configurer.configureAggregate(EasyConnectLookup.class);
        configurer.configureAggregate(ContactExchange.class);
    }
}
