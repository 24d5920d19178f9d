package io.remoteassist.server.session;

import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.server.policy.PolicyGateway;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.api.log.SessionLog;
import io.remoteassist.session.api.log.SessionLogEntries;
import io.remoteassist.session.api.log.SessionLogXml;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/sessions/{id}/log}: the session log both sides keep, as the XML of {@link SessionLogXml}, made from
 * the session's events in the event store (the record), with each event's stored time. The User's agent and the
 * Helper's clients save it under {@code Remote Assistance Logs}; {@code forcedByPolicy} says whether Group Policy
 * <em>Turn on session logging</em> is enabled for the User's computer.
 */
@Path("/api/sessions/{id}/log")
public class SessionLogResource {

    private static final Logger LOG = Logger.getLogger(SessionLogResource.class);

    private final EventStore events;
    private final PolicyGateway policy;

    SessionLogResource(EventStore events, PolicyGateway policy) {
        this.events = events;
        this.policy = policy;
    }

    @jakarta.inject.Inject
    SessionAccess access;

    /** The session's User and Helper keep the log; an Auditor may read it too. */
    @GET
    @Produces("application/xml")
    @RolesAllowed({Roles.USER, Roles.HELPER, Roles.AUDITOR})
    public Response log(@PathParam("id") String id) {
        if (!Caller.hasRole(Roles.AUDITOR)) {
            access.asParticipant(id);
        }
        String sessionId = SessionResource.id(id).toString();
        List<SessionLogEntries.Stamped> stamped = new ArrayList<>();
        DomainEventStream stream = events.readEvents(sessionId);
        stream.asStream().forEach(m -> {
            if (m.getPayload() instanceof SessionEvent e) {
                stamped.add(new SessionLogEntries.Stamped(e, m.getTimestamp()));
            }
        });
        if (stamped.isEmpty()) {
            throw ApiError.of(404, "no such session: " + id);
        }
        SessionLog log = SessionLogEntries.log(sessionId, stamped, false);
        log = new SessionLog(log.sessionId(), log.user(), log.helper(), log.computer(), forced(log.computer()),
            log.entries());
        return Response.ok(SessionLogXml.toBytes(log)).header("Content-Disposition",
            "attachment; filename=\"" + sessionId + ".xml\"").build();
    }

    private boolean forced(String computer) {
        if (computer == null || computer.isBlank()) {
            return false;
        }
        try {
            return policy.query(new FindSessionSettingsQuery(computer), ResponseTypes.instanceOf(
                SessionSettingsView.class)).sessionLogging();
        } catch (RuntimeException e) {
            LOG.warnf("session log of %s: no policy answer for %s (%s); logging stays on by default", computer,
                computer, e.getMessage());
            return false;
        }
    }
}
