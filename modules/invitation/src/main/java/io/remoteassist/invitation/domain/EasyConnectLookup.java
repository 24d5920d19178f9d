package io.remoteassist.invitation.domain;

import io.remoteassist.invitation.api.EasyConnectLookupFailedEvent;
import io.remoteassist.invitation.api.RecordEasyConnectLookupFailureCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One failed Easy Connect lookup, kept for the audit trail; it has nothing more to say once recorded. */
public class EasyConnectLookup {

    @AggregateIdentifier
    private String lookupId;

    protected EasyConnectLookup() {
        // for event sourcing
    }

    @CommandHandler
    public EasyConnectLookup(RecordEasyConnectLookupFailureCommand cmd) {
        apply(new EasyConnectLookupFailedEvent(cmd.lookupId(), cmd.source(), cmd.helper(), cmd.reason(),
            cmd.lookups(), cmd.at()));
    }

    @EventSourcingHandler
    void on(EasyConnectLookupFailedEvent e) {
        lookupId = e.lookupId();
    }
}
