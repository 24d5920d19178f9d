package io.remoteassist.server.session;

import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import io.remoteassist.session.api.AnswerControlRequestCommand;
import io.remoteassist.session.api.PauseSessionCommand;
import io.remoteassist.session.api.RequestControlCommand;
import io.remoteassist.session.api.ResumeSessionCommand;
import io.remoteassist.session.api.RevokeControlCommand;
import io.remoteassist.session.api.SendChatMessageCommand;
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

/**
 * What happens inside a connected session: the Helper asks for control and the User answers,
 * the User takes control back (Esc or Stop sharing), pauses and resumes; either side chats.
 * A refused step answers 409 with the reason; the refusal is in the audit trail.
 */
@Path("/api/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionControlResource {

    private final CommandGateway commands;
    private final ControlPolicy policy;
    private final SessionDirectory sessions;
    private final Clock clock;

    @Inject
    SessionAccess access;

    SessionControlResource(CommandGateway commands, ControlPolicy policy, SessionDirectory sessions, Clock clock) {
        this.commands = commands;
        this.policy = policy;
        this.sessions = sessions;
        this.clock = clock;
    }

    @POST
    @Path("/control/request")
    @RolesAllowed(Roles.HELPER)
    public Response requestControl(@PathParam("id") String id, ControlRequest body) {
        SessionView view = access.asHelper(id);
        SessionId session = SessionResource.id(id);
        String helper = Caller.actor(body == null ? null : body.helper(), "helper");
        var verdict = policy.forControl(view);
        return SessionResource.answer(session, commands.sendAndWait(new RequestControlCommand(session, helper,
            verdict.verdict(), verdict.warningBeforeSharingControl(), clock.instant())));
    }

    @POST
    @Path("/control/answer")
    @RolesAllowed(Roles.USER)
    public Response answerControl(@PathParam("id") String id, ControlRequest body) {
        access.asUser(id);
        if (body == null || body.allow() == null) {
            throw ApiError.of(400, "a JSON body with allow (true or false) is required");
        }
        SessionId session = SessionResource.id(id);
        boolean elevation = Boolean.TRUE.equals(body.allowElevationPrompts());
        return SessionResource.answer(session, commands.sendAndWait(new AnswerControlRequestCommand(session,
            Caller.actor(body.user(), "user"), body.allow(), elevation, clock.instant())));
    }

    @POST
    @Path("/control/revoke")
    @RolesAllowed(Roles.USER)
    public Response revokeControl(@PathParam("id") String id, ControlRequest body) {
        access.asUser(id);
        SessionId session = SessionResource.id(id);
        String reason = body == null || body.reason() == null ? RevokeControlCommand.USER_STOP : body.reason();
        if (!RevokeControlCommand.USER_STOP.equals(reason) && !RevokeControlCommand.USER_ESCAPE.equals(reason)) {
            throw ApiError.of(400, "reason must be user-stop or user-escape");
        }
        return SessionResource.answer(session, commands.sendAndWait(new RevokeControlCommand(session,
            Caller.actor(body == null ? null : body.user(), "user"), reason, clock.instant())));
    }

    @POST
    @Path("/pause")
    @RolesAllowed(Roles.USER)
    public Response pause(@PathParam("id") String id, ControlRequest body) {
        access.asUser(id);
        SessionId session = SessionResource.id(id);
        return SessionResource.answer(session, commands.sendAndWait(
            new PauseSessionCommand(session, Caller.actor(body == null ? null : body.user(), "user"),
                clock.instant())));
    }

    @POST
    @Path("/resume")
    @RolesAllowed(Roles.USER)
    public Response resume(@PathParam("id") String id, ControlRequest body) {
        access.asUser(id);
        SessionId session = SessionResource.id(id);
        return SessionResource.answer(session, commands.sendAndWait(
            new ResumeSessionCommand(session, Caller.actor(body == null ? null : body.user(), "user"),
                clock.instant())));
    }

    @POST
    @Path("/chat")
    @RolesAllowed({Roles.USER, Roles.HELPER})
    public Response chat(@PathParam("id") String id, ChatRequest body) {
        access.asParticipant(id);
        SessionId session = SessionResource.id(id);
        String sender = Caller.actor(body == null ? null : body.sender(), "sender");
        if (body == null || body.text() == null) {
            throw ApiError.of(400, "text is required");
        }
        SessionOutcome outcome = commands.sendAndWait(
            new SendChatMessageCommand(session, sender, body.text(), clock.instant()));
        return SessionResource.answer(session, outcome);
    }
}
