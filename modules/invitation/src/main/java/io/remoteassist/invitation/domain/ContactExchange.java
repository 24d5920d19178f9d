package io.remoteassist.invitation.domain;

import io.remoteassist.invitation.api.ContactsExchangedEvent;
import io.remoteassist.invitation.api.ExchangeContactsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The exchange of contact cards after one session, identified by the session: it happens once (a second
 * exchange for the same session is refused by the repository as a duplicate).
 */
public class ContactExchange {

    @AggregateIdentifier
    private String exchangeId;

    protected ContactExchange() {
        // for event sourcing
    }

    @CommandHandler
    public ContactExchange(ExchangeContactsCommand cmd) {
        if (cmd.user().equals(cmd.helper())) {
            throw new IllegalArgumentException("a User cannot be their own trusted contact");
        }
        apply(new ContactsExchangedEvent(cmd.exchangeId(), cmd.sessionId(), cmd.user(), cmd.userFingerprint(), cmd.helper(),
            cmd.helperFingerprint(), cmd.at()));
    }

    @EventSourcingHandler
    void on(ContactsExchangedEvent e) {
        exchangeId = e.exchangeId();
    }
}
