package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.InvitationCreatedEvent;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import jakarta.inject.Singleton;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Whose an invitation is: the user of its {@code InvitationCreatedEvent}, read from the event store. */
@Singleton
public class InvitationOwners {

    private final EventStore events;

    InvitationOwners(EventStore events) {
        this.events = events;
    }

    /** The invitation's user; 404 when there is no such invitation. */
    public String owner(InvitationId id) {
        return events.readEvents(id.toString()).asStream()
            .map(m -> m.getPayload())
            .filter(InvitationCreatedEvent.class::isInstance)
            .map(e -> ((InvitationCreatedEvent) e).user())
            .findFirst()
            .orElseThrow(() -> ApiError.of(404, "no such invitation: " + id));
    }

    /** 403 unless the caller is the invitation's User. */
    public void requireOwner(InvitationId id) {
        String owner = owner(id);
        Caller.require(Caller.is(owner), "invitation " + id + " is " + owner + "'s; you are " + Caller.name());
    }
}
