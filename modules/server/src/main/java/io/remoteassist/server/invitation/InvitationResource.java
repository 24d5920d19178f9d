package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.RevokeInvitationCommand;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The invitation API: create, fetch the file, accept with the password, revoke. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;
    private final InvitationFiles files;
    private final CommandGateway commands;
    private final Clock clock;

    @Inject
    InvitationOwners owners;

    InvitationResource(InvitationService invitations, InvitationFiles files, CommandGateway commands, Clock clock) {
        this.invitations = invitations;
        this.files = files;
        this.commands = commands;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.USER)
    public Response create(InvitationRequest request) {
        if (request != null) {
            request = new InvitationRequest(Caller.actor(request.user(), "user"), request.computer(),
                request.expiresInMinutes());
        }
        CreatedInvitation created = invitations.create(request);
        return Response.created(URI.create("/api/invitations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/x-msrcincident")
    @RolesAllowed({Roles.USER, Roles.HELPER})
    public Response file(@PathParam("id") String id) {
        String key = id(id).toString();
        if (!Caller.hasRole(Roles.HELPER)) {
            // the User's own file; any Helper may fetch it (the Mailto method sends them this link), it is
            // useless without the password
            owners.requireOwner(id(id));
        }
        byte[] content = files.get(key).orElseThrow(() -> ApiError.of(404,
            "the file of invitation " + key + " is no longer held: it is delivered once and dropped when the "
                + "invitation closes"));
        return Response.ok(content)
            .header("Content-Disposition", "attachment; filename=\"" + InvitationService.fileName(key) + "\"")
            .build();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.HELPER)
    public Response accept(@PathParam("id") String id, AcceptRequest request) {
        if (request != null) {
            request = new AcceptRequest(Caller.actor(request.helper(), "helper"), request.password());
        }
        InvitationService.Acceptance result = invitations.accept(id(id), request);
        AcceptOutcome outcome = result.outcome();
        return switch (outcome) {
            case ACCEPTED -> Response.ok(Map.of("sessionId", result.sessionId().toString())).build();
            case PASSWORD_REJECTED -> ApiError.response(403, "wrong password");
            case LOCKED_OUT -> ApiError.response(403,
                "the invitation is locked after too many wrong passwords; ask the User for a new one");
            case EXPIRED -> ApiError.response(410, "the invitation has expired; ask the User for a new one");
            case REVOKED -> ApiError.response(410, "the User revoked the invitation");
            case ALREADY_USED -> ApiError.response(410, "the invitation was already used; it is good for one session");
            case REFUSED_BY_POLICY -> ApiError.response(403, "Group Policy refused this invitation; it never opened");
        };
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.USER)
    public Map<String, String> revoke(@PathParam("id") String id, Map<String, String> body) {
        InvitationId invitation = id(id);
        owners.requireOwner(invitation);
        String actor = Caller.actor(body == null ? null : body.get("actor"), "actor");
        InvitationStatus status = commands.sendAndWait(new RevokeInvitationCommand(invitation, actor,
            clock.instant()));
        files.drop(invitation.toString());
        return Map.of("id", invitation.toString(), "status", status.name());
    }

    static InvitationId id(String text) {
        try {
            return InvitationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(404, "no such invitation: " + text);
        }
    }
}
