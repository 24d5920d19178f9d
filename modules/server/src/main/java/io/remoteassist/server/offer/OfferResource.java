package io.remoteassist.server.offer;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.MayOfferQuery;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.server.policy.PolicyGateway;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import io.remoteassist.session.api.RefuseOfferCommand;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Unsolicited Remote Assistance: a Helper offers help to a computer by FQDN or IP address. Only a
 * registered, online computer whose policy lets this Helper offer gets the question; every refusal
 * (unknown host, offline, not authorized) is answered clearly and recorded, and the User is never
 * disturbed by it.
 */
@Path("/api/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {


    private final ComputerPresence presence;
    private final PolicyGateway policy;
    private final CommandGateway commands;
    private final Clock clock;

    OfferResource(ComputerPresence presence, PolicyGateway policy, CommandGateway commands, Clock clock) {
        this.presence = presence;
        this.policy = policy;
        this.commands = commands;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.HELPER)
    public Response offer(OfferRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with host is required");
        }
        if (request.host() == null || request.host().isBlank() || request.host().length() > 253) {
            throw ApiError.of(400, "host must be the FQDN or IP address of the User's computer");
        }
        String helper = Caller.actor(request.helper(), "helper");
        String host = request.host().trim();
        SessionId session = SessionId.random();
        Instant now = clock.instant();
        var registration = presence.find(host);
        if (registration.isEmpty()) {
            // the directory may know the host (by name or address) although its agent never registered
            var known = policy.query(new FindDirectoryQuery(DirectoryId.DEFAULT),
                    ResponseTypes.optionalInstanceOf(DirectoryView.class))
                .flatMap(d -> d.findComputer(host)).map(ComputerView::fqdn);
            registration = known.flatMap(presence::find);
            if (registration.isEmpty()) {
                return known.isPresent()
                    ? refuse(409, session, helper, host, known.get(), known.get() + " is offline: its User's agent "
                        + "is not running", null, now)
                    : refuse(404, session, helper, host, null, "no computer " + host + " is known: it is not in the "
                        + "directory and no agent has registered it", null, now);
            }
        }
        String computer = registration.get().fqdn();
        if (!presence.isOnline(registration.get())) {
            return refuse(409, session, helper, host, computer, computer + " is offline: its User's agent is "
                + "not running", null, now);
        }
        PolicyDecision decision = policy.query(new MayOfferQuery(computer, helper),
            ResponseTypes.instanceOf(PolicyDecision.class));
        if (!decision.allowed()) {
            return refuse(403, session, helper, host, computer, decision.reason(), decision, now);
        }
        SessionSettingsView settings = policy.query(new FindSessionSettingsQuery(computer),
            ResponseTypes.instanceOf(SessionSettingsView.class));
        SessionOutcome outcome = commands.sendAndWait(new RequestSessionCommand(session,
            registration.get().user(), computer, helper, SessionMode.OFFERED, null,
            settings.warningBeforeConnecting(), now));
        if (!outcome.accepted()) {
            return ApiError.response(409, outcome.reason());
        }
        return Response.status(201).entity(Map.of("sessionId", session.toString(), "computer", computer,
            "user", registration.get().user(), "state", outcome.state().name())).build();
    }

    private Response refuse(int status, SessionId session, String helper, String host, String computer,
                            String reason, PolicyDecision decision, Instant at) {
        commands.sendAndWait(new RefuseOfferCommand(session, helper, host, computer, reason,
            decision == null ? null : decision.setting(), decision == null ? null : decision.gpoId(),
            decision == null ? null : decision.gpoName(), at));
        return ApiError.response(status, reason + " (recorded as " + session + ")");
    }
}
