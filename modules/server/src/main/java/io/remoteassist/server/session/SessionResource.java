package io.remoteassist.server.session;

import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import io.remoteassist.session.api.AnswerConsentCommand;
import io.remoteassist.session.api.EndSessionCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.util.Map;

/** The session API: the User's consent and ending a session. A refused step answers 409 with the reason. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final CommandGateway commands;
    private final SessionDirectory sessions;
    private final Clock clock;
    private final SessionTraffic traffic;

    @Inject
    SessionAccess access;

    SessionResource(CommandGateway commands, SessionDirectory sessions, Clock clock, SessionTraffic traffic) {
        this.commands = commands;
        this.sessions = sessions;
        this.clock = clock;
        this.traffic = traffic;
    }

    /** Sessions of a user in a state: what the User's agent polls to ask its consent questions. */
    @jakarta.ws.rs.GET
    @RolesAllowed(Roles.USER)
    public java.util.List<SessionView> list(@jakarta.ws.rs.QueryParam("user") String user,
                                            @jakarta.ws.rs.QueryParam("state") String state) {
        if (state != null && !state.isBlank()) {
            try {
                io.remoteassist.session.api.SessionState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw ApiError.of(400, "unknown state " + state);
            }
        }
        return sessions.list(Caller.actor(user, "user"), blankToNull(state));
    }

    @POST
    @Path("/{id}/consent")
    @RolesAllowed(Roles.USER)
    public Response consent(@PathParam("id") String id, ConsentRequest request) {
        access.asUser(id);
        if (request == null || request.allow() == null) {
            throw ApiError.of(400, "a JSON body with allow (true or false) is required");
        }
        SessionId session = id(id);
        SessionOutcome outcome = commands.sendAndWait(
            new AnswerConsentCommand(session, Caller.actor(request.user(), "user"), request.allow(), clock.instant()));
        return answer(session, outcome);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.USER, Roles.HELPER})
    public Response end(@PathParam("id") String id, EndRequest request) {
        access.asParticipant(id);
        SessionId session = id(id);
        String actor = Caller.actor(request == null ? null : request.actor(), "actor");
        String reason = request == null || request.reason() == null || request.reason().isBlank()
            ? "ended" : request.reason();
        // the relay's byte counts go into the session first, so its summary holds them
        traffic.flush(session.toString());
        SessionOutcome outcome = commands.sendAndWait(new EndSessionCommand(session, actor, reason, clock.instant()));
        return answer(session, outcome);
    }

    static Response answer(SessionId session, SessionOutcome outcome) {
        if (!outcome.accepted()) {
            return ApiError.response(409, outcome.reason());
        }
        return Response.ok(Map.of("sessionId", session.toString(), "state", outcome.state().name())).build();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static SessionId id(String text) {
        try {
            return SessionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(404, "no such session: " + text);
        }
    }
}
