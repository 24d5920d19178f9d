package io.remoteassist.server.invitation;

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

/**
 * The invitation API keeps what a server may know: the User's agent registers an invitation's metadata, revokes it,
 * and hands over a file for a Mailto download link. The password check is the agent's (SRP-6a through the relay,
 * {@code /relay/invitation/{id}/HELPER}); the status and history are in the audit trail.
 */
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
    public Response register(InvitationRequest request) {
        if (request != null) {
            request = new InvitationRequest(Caller.actor(request.user(), "user"), request.computer(),
                request.expiresInMinutes(), request.channel(), request.password(), request.verifier());
        }
        RegisteredInvitation created = invitations.register(request);
        return Response.created(URI.create("/api/invitations/" + created.id())).entity(created).build();
    }

    /** The download link of a Mailto delivery: the file is handed out once, then the server forgets it. */
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
        byte[] content = files.take(key).orElseThrow(() -> ApiError.of(404,
            "the file of invitation " + key + " is no longer held: it is delivered once and dropped when the "
                + "invitation closes"));
        return Response.ok(content)
            .header("Content-Disposition", "attachment; filename=\"" + InvitationService.fileName(key) + "\"")
            .build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.USER)
    public Map<String, String> revoke(@PathParam("id") String id, Map<String, String> body) {
        InvitationId invitation = id(id);
        owners.requireOwner(invitation);
        String actor = Caller.actor(body == null ? null : body.get("actor"), "actor");
        String reason = body == null ? null : body.get("reason");
        if (reason != null && reason.length() > 200) {
            throw ApiError.of(400, "reason is longer than 200 characters");
        }
        InvitationStatus status = commands.sendAndWait(new RevokeInvitationCommand(invitation, actor, reason,
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
