package io.remoteassist.server.contacts;

import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.ExchangeContactsCommand;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.contacts.ContactCard;
import io.remoteassist.invitation.api.contacts.ContactException;
import io.remoteassist.server.presence.PresenceHub;
import io.remoteassist.server.session.SessionDirectory;
import io.remoteassist.server.session.SessionView;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trusted contacts. After a session both ends hand over their contact card (name and self-issued certificate);
 * when both are there the exchange is recorded ({@code ContactsExchangedEvent}) and each end fetches the other's
 * card and stores it. The server relays; the ends decide trust by their stored certificates.
 *
 * <pre>
 * POST /api/contacts/exchanges/{sessionId}/cards {"owner","certificate"}  → {"exchanged":bool}
 * GET  /api/contacts/exchanges/{sessionId}?for=NAME → {"exchanged":bool, "peer":{"name","certificate","fingerprint"}}
 * GET  /api/contacts/{owner}                         → [{"name","fingerprint","online","sessionId","exchangedAt"}]
 * POST /api/contacts/deliveries {"invitationId","from","to"} → 200; InvitationDeliveredEvent (EASY_CONNECT to
 *      "trusted contact NAME"), recorded by the User's agent once the handshake handed the invitation over
 * </pre>
 */
@Path("/api/contacts")
@RolesAllowed({Roles.USER, Roles.HELPER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    /** Body of a card handed over. */
    public record CardRequest(String owner, String certificate) {
    }

    /** Body of a delivery to a trusted contact. */
    public record DeliveryRequest(String invitationId, String from, String to) {
    }

    /** A session the two ends actually had: the User let the Helper in at some point. */
    private static final Set<String> CONNECTED = Set.of("VIEW_ONLY", "CONTROL_REQUESTED", "CONTROL_SHARED", "PAUSED",
        "ENDED");

    private final ContactCards cards;
    private final TrustedContacts contacts;
    private final SessionDirectory sessions;
    private final PresenceHub presence;
    private final CommandGateway commands;
    private final Clock clock;

    ContactsResource(ContactCards cards, TrustedContacts contacts, SessionDirectory sessions, PresenceHub presence,
                     CommandGateway commands, Clock clock) {
        this.cards = cards;
        this.contacts = contacts;
        this.sessions = sessions;
        this.presence = presence;
        this.commands = commands;
        this.clock = clock;
    }

    @POST
    @Path("/exchanges/{sessionId}/cards")
    public Map<String, Object> offer(@PathParam("sessionId") String sessionId, CardRequest request) {
        if (request == null || request.certificate() == null) {
            throw ApiError.of(400, "a JSON body with owner and certificate (PEM) is required");
        }
        String owner = Caller.actor(request.owner(), "owner");
        SessionView session = session(sessionId);
        if (!owner.equals(session.user()) && !owner.equals(session.helper())) {
            throw ApiError.of(403, owner + " is neither the User nor the Helper of session " + sessionId);
        }
        ContactCard card = new ContactCard(owner, request.certificate());
        String fingerprint;
        try {
            card.certificate();
            fingerprint = card.fingerprint();
        } catch (ContactException e) {
            throw ApiError.of(400, "the contact card is not usable: " + e.getMessage());
        }
        cards.offer(sessionId, new ContactCards.Card(owner, request.certificate(), fingerprint), clock.instant());
        Map<String, ContactCards.Card> both = cards.of(sessionId);
        ContactCards.Card user = both.get(session.user());
        ContactCards.Card helper = both.get(session.helper());
        boolean exchanged = user != null && helper != null;
        boolean recorded = contacts.of(session.user()).stream()
            .anyMatch(c -> c.name().equals(session.helper()) && c.sessionId().equals(sessionId));
        if (exchanged && !recorded) {
            try {
                commands.sendAndWait(new ExchangeContactsCommand(ExchangeContactsCommand.idOf(sessionId),
                    sessionId, session.user(), user.fingerprint(), session.helper(), helper.fingerprint(),
                    clock.instant()));
            } catch (AggregateStreamCreationException | EventStoreException e) {
                // already recorded for this session: a card handed over again, or both ends handing theirs over
                // at the same moment (the store refuses the second creation); the view keeps the latest cards
            }
        }
        return Map.of("exchanged", exchanged);
    }

    @GET
    @Path("/exchanges/{sessionId}")
    public Map<String, Object> exchange(@PathParam("sessionId") String sessionId, @QueryParam("for") String named) {
        String owner = Caller.actor(named, "for");
        SessionView session = session(sessionId);
        if (owner == null || (!owner.equals(session.user()) && !owner.equals(session.helper()))) {
            throw ApiError.of(403, "for must name the User or the Helper of session " + sessionId);
        }
        String peerName = owner.equals(session.user()) ? session.helper() : session.user();
        Map<String, ContactCards.Card> both = cards.of(sessionId);
        Map<String, Object> answer = new LinkedHashMap<>();
        ContactCards.Card peer = both.get(peerName);
        boolean exchanged = peer != null && both.containsKey(owner);
        answer.put("exchanged", exchanged);
        if (exchanged) {
            answer.put("peer", Map.of("name", peerName, "certificate", peer.certificate(),
                "fingerprint", peer.fingerprint()));
        } else {
            answer.put("waitingFor", both.containsKey(owner) ? peerName : owner);
        }
        return answer;
    }

    @GET
    @Path("/{owner}")
    public List<Map<String, Object>> list(@PathParam("owner") String named) {
        String owner = Caller.actor(named, "owner");
        if (!AccountNames.isValid(owner)) {
            throw ApiError.of(400, "owner has characters that are not allowed");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (TrustedContacts.Contact c : contacts.of(owner)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("fingerprint", c.fingerprint());
            row.put("online", presence.isOnline(c.name()));
            row.put("sessionId", c.sessionId());
            row.put("exchangedAt", c.exchangedAt().toString());
            list.add(row);
        }
        return list;
    }

    @POST
    @Path("/deliveries")
    public Map<String, Object> delivered(DeliveryRequest request) {
        if (request != null) {
            request = new DeliveryRequest(request.invitationId(), Caller.actor(request.from(), "from"), request.to());
        }
        if (request == null || !AccountNames.isValid(request.from()) || !AccountNames.isValid(request.to())) {
            throw ApiError.of(400, "a JSON body with invitationId, from and to (account names) is required");
        }
        InvitationId invitation;
        try {
            invitation = InvitationId.parse(request.invitationId() == null ? "" : request.invitationId());
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "invitationId must be an invitation id (a UUID)");
        }
        if (!contacts.trusted(request.from(), request.to())) {
            throw ApiError.of(409, request.to() + " is not a trusted contact of " + request.from());
        }
        InvitationStatus status;
        try {
            status = commands.sendAndWait(new DeliverInvitationCommand(invitation, DeliveryChannel.EASY_CONNECT,
                "trusted contact " + request.to(), request.from(), clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw ApiError.of(404, "no such invitation: " + invitation);
        }
        if (status != InvitationStatus.OPEN) {
            throw ApiError.of(410, "the invitation is " + status.name().toLowerCase().replace('_', ' '));
        }
        return Map.of("invitationId", invitation.toString(), "to", request.to());
    }

    private SessionView session(String sessionId) {
        SessionView session = sessions.find(sessionId == null ? "" : sessionId).orElseThrow(() ->
            ApiError.of(404, "no such session: " + sessionId));
        if (!CONNECTED.contains(session.state())) {
            throw ApiError.of(409, "contact cards are exchanged after a session the User let the Helper into; "
                + "session " + sessionId + " is " + session.state().toLowerCase().replace('_', ' '));
        }
        return session;
    }
}
