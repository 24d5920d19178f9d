package io.remoteassist.server.presence;

import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Buddy lists and IM invitations.
 *
 * <pre>
 * GET    /api/presence/{user}/buddies          → [{"name","online"}]
 * PUT    /api/presence/{user}/buddies/{buddy}  → 201 (added) or 200 (already there)
 * DELETE /api/presence/{user}/buddies/{buddy}  → 200, 404 when not there
 * POST   /api/im/invitations {"from","to","invitationId","file","expiresAt"}
 *        → 202 {"id"}; pushed to the buddy over /presence; InvitationDeliveredEvent (IM)
 * </pre>
 */
@Path("/api")
@RolesAllowed({Roles.USER, Roles.HELPER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private static final int MAX_FILE = 64 * 1024;

    private final Buddies buddies;
    private final PresenceHub hub;
    private final ImMailbox mailbox;
    private final CommandGateway commands;
    private final Clock clock;

    PresenceResource(Buddies buddies, PresenceHub hub, ImMailbox mailbox, CommandGateway commands, Clock clock) {
        this.buddies = buddies;
        this.hub = hub;
        this.mailbox = mailbox;
        this.commands = commands;
        this.clock = clock;
    }

    @GET
    @Path("/presence/{user}/buddies")
    public List<Map<String, Object>> buddies(@PathParam("user") String user) {
        name("user", Caller.actor(user, "user"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (String buddy : buddies.list(user)) {
            list.add(Map.of("name", buddy, "online", hub.isOnline(buddy)));
        }
        return list;
    }

    @PUT
    @Path("/presence/{user}/buddies/{buddy}")
    @Consumes(MediaType.WILDCARD)
    public Response add(@PathParam("user") String user, @PathParam("buddy") String buddy) {
        name("user", Caller.actor(user, "user"));
        name("buddy", buddy);
        if (user.equals(buddy)) {
            throw ApiError.of(400, "a user cannot be their own buddy");
        }
        boolean added;
        try {
            added = buddies.add(user, buddy, clock.instant());
        } catch (IllegalStateException e) {
            throw ApiError.of(409, e.getMessage());
        }
        hub.buddyAdded(user, buddy);
        return Response.status(added ? 201 : 200).entity(Map.of("name", buddy, "online", hub.isOnline(buddy))).build();
    }

    @DELETE
    @Path("/presence/{user}/buddies/{buddy}")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> remove(@PathParam("user") String user, @PathParam("buddy") String buddy) {
        name("user", Caller.actor(user, "user"));
        name("buddy", buddy);
        if (!buddies.remove(user, buddy)) {
            throw ApiError.of(404, buddy + " is not on " + user + "'s buddy list");
        }
        return Map.of("removed", buddy);
    }

    @POST
    @Path("/im/invitations")
    public Response send(ImInvitationRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with from, to, invitationId, file and expiresAt is required");
        }
        String from = name("from", Caller.actor(request.from(), "from"));
        String to = name("to", request.to());
        InvitationId invitation;
        try {
            invitation = InvitationId.parse(request.invitationId() == null ? "" : request.invitationId());
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "invitationId must be an invitation id (a UUID)");
        }
        byte[] file = file(request.file());
        IncidentFile clear;
        try {
            clear = MsRcIncidentReader.read(file);
        } catch (InvitationFileException e) {
            throw ApiError.of(400, "file is not an invitation file: " + e.getMessage());
        }
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : clear.expiresAt().orElse(null);
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw ApiError.of(400, "expiresAt must be the invitation's expiry, in the future");
        }
        if (!buddies.has(from, to)) {
            throw ApiError.of(409, to + " is not on " + from + "'s buddy list; add them first "
                + "(PUT /api/presence/" + from + "/buddies/" + to + ")");
        }
        if (!hub.isOnline(to)) {
            throw ApiError.of(409, to + " is offline; an IM invitation goes to a buddy who is online");
        }
        InvitationStatus status;
        try {
            status = commands.sendAndWait(new DeliverInvitationCommand(invitation, DeliveryChannel.IM, to, from, now));
        } catch (AggregateNotFoundException e) {
            throw ApiError.of(404, "no such invitation: " + invitation);
        }
        if (status != InvitationStatus.OPEN) {
            throw ApiError.of(410, "the invitation is " + status.name().toLowerCase().replace('_', ' ')
                + " and cannot be sent");
        }
        ImMailbox.Message message = new ImMailbox.Message(UUID.randomUUID().toString(), from, to,
            invitation.toString(), clear.userName(), file, expiresAt, now);
        mailbox.put(message);
        hub.deliver(message);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", message.id());
        answer.put("to", to);
        return Response.status(202).entity(answer).build();
    }

    private static String name(String field, String value) {
        if (!AccountNames.isValid(value)) {
            throw ApiError.of(400, field + " must be an account name (letters, digits and . _ - @ \\)");
        }
        return value;
    }

    private static byte[] file(String text) {
        byte[] file;
        try {
            file = Base64.getDecoder().decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "file must be base64");
        }
        if (file.length == 0 || file.length > MAX_FILE) {
            throw ApiError.of(400, "file must be 1 to " + MAX_FILE + " bytes");
        }
        return file;
    }
}
