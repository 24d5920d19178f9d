package io.remoteassist.server.easyconnect;

import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.RecordEasyConnectLookupFailureCommand;
import io.remoteassist.invitation.api.easyconnect.EasyConnectBlob;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Easy Connect rendezvous directory. The User's agent publishes an invitation sealed under a key derived from
 * the password, named by another key derived from it ({@code invitation.api.easyconnect}); the Helper's client
 * derives the name from the password the User read out and fetches the entry. The server holds neither the
 * password nor the blob key.
 *
 * <pre>
 * POST /api/easy-connect/entries {"invitationId","lookupKey":64 hex,"blob":base64,"expiresAt","actor"}
 *      → 201 {"invitationId","expiresAt"}; InvitationDeliveredEvent (EASY_CONNECT)
 * POST /api/easy-connect/lookup  {"lookupKey","helper"}
 *      → 200 {"invitationId","blob","expiresAt"} | 404 + EasyConnectLookupFailedEvent | 429 (rate limit, audited)
 * </pre>
 */
@Path("/api/easy-connect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EasyConnectResource {

    @jakarta.inject.Inject
    io.remoteassist.server.invitation.InvitationOwners owners;


    /** Body of a publication. */
    public record Publication(String invitationId, String lookupKey, String blob, Instant expiresAt, String actor) {
    }

    /** Body of a lookup. */
    public record Lookup(String lookupKey, String helper) {
    }

    static final String TARGET = "easy-connect directory";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final EasyConnectDirectory directory;
    private final LookupLimits limits;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration maxTicket;

    EasyConnectResource(EasyConnectDirectory directory, LookupLimits limits, CommandGateway commands, Clock clock,
                        @ConfigProperty(name = "ra.invitation.max-ticket") Duration maxTicket) {
        this.directory = directory;
        this.limits = limits;
        this.commands = commands;
        this.clock = clock;
        this.maxTicket = maxTicket;
    }

    @POST
    @Path("/entries")
    @RolesAllowed(Roles.USER)
    public Response publish(Publication request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with invitationId, lookupKey, blob and expiresAt is required");
        }
        InvitationId invitation = invitationId(request.invitationId());
        owners.requireOwner(invitation);
        String key = lookupKey(request.lookupKey());
        byte[] blob = blob(request.blob());
        Instant now = clock.instant();
        if (request.expiresAt() == null || !request.expiresAt().isAfter(now)) {
            throw ApiError.of(400, "expiresAt must be the invitation's expiry, in the future");
        }
        Instant expiresAt = request.expiresAt().isAfter(now.plus(maxTicket)) ? now.plus(maxTicket)
            : request.expiresAt();
        String actor = Caller.actor(request.actor(), "actor");
        if (!AccountNames.PATTERN.matcher(actor).matches()) {
            throw ApiError.of(400, "actor has characters that are not allowed (use letters, digits and . _ - @ :)");
        }
        if (!directory.publish(new EasyConnectDirectory.Entry(key, invitation.toString(), blob, expiresAt), actor,
            now)) {
            throw ApiError.of(409, "the directory already holds an entry for this invitation or this password; "
                + "make a new invitation");
        }
        InvitationStatus status;
        try {
            status = commands.sendAndWait(new DeliverInvitationCommand(invitation, DeliveryChannel.EASY_CONNECT,
                TARGET, actor, now));
        } catch (AggregateNotFoundException e) {
            removeQuietly(invitation);
            throw ApiError.of(404, "no such invitation: " + invitation);
        } catch (RuntimeException e) {
            removeQuietly(invitation);
            throw e;
        }
        if (status != InvitationStatus.OPEN) {
            removeQuietly(invitation);
            throw ApiError.of(410, "the invitation is " + status.name().toLowerCase().replace('_', ' ')
                + " and cannot be published");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("invitationId", invitation.toString());
        answer.put("expiresAt", expiresAt.toString());
        return Response.status(201).entity(answer).build();
    }

    @POST
    @Path("/lookup")
    @RolesAllowed(Roles.HELPER)
    public Response lookup(Lookup request, @Context HttpServerRequest http) {
        String source = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        String helper = Caller.actor(request == null ? null : request.helper(), "helper");
        if (!helper.isEmpty() && !AccountNames.PATTERN.matcher(helper).matches()) {
            helper = "";
        }
        LookupLimits.Verdict verdict = limits.take(source);
        if (!verdict.allowed()) {
            if (verdict.audit()) {
                fail(source, helper, verdict.refusedBy(), verdict.refusals());
            }
            return Response.status(429).header("Retry-After", "60").type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(429, "too many Easy Connect lookups "
                    + (verdict.refusedBy().endsWith("source") ? "from " + source : "on this server")
                    + "; wait a minute and try again")).build();
        }
        if (request == null || request.lookupKey() == null || !KEY.matcher(request.lookupKey()).matches()) {
            fail(source, helper, "malformed", 1);
            throw ApiError.of(400, "lookupKey must be 64 lower-case hex digits (derived from the password)");
        }
        var entry = directory.find(request.lookupKey(), clock.instant());
        if (entry.isEmpty()) {
            fail(source, helper, "not-found", 1);
            throw ApiError.of(404, "no invitation for this password: check it with the User (it may also have "
                + "expired, been used or been withdrawn)");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("invitationId", entry.get().invitationId());
        answer.put("blob", Base64.getEncoder().encodeToString(entry.get().blob()));
        answer.put("expiresAt", entry.get().expiresAt().toString());
        return Response.ok(answer).build();
    }

    private void fail(String source, String helper, String reason, int lookups) {
        commands.sendAndWait(new RecordEasyConnectLookupFailureCommand(UUID.randomUUID().toString(), source,
            helper.isEmpty() ? null : helper, reason, lookups, clock.instant()));
    }

    private void removeQuietly(InvitationId invitation) {
        try {
            directory.remove(invitation);
        } catch (java.sql.SQLException e) {
            // the entry is never returned after the invitation's expiry anyway
        }
    }

    private static InvitationId invitationId(String text) {
        try {
            return InvitationId.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "invitationId must be an invitation id (a UUID)");
        }
    }

    private static String lookupKey(String text) {
        if (text == null || !KEY.matcher(text).matches()) {
            throw ApiError.of(400, "lookupKey must be 64 lower-case hex digits (derived from the password)");
        }
        return text;
    }

    private static byte[] blob(String text) {
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "blob must be base64");
        }
        if (blob.length < 29 || blob.length > EasyConnectBlob.MAX_BLOB_BYTES || blob[0] != EasyConnectBlob.VERSION) {
            throw ApiError.of(400, "blob must be a sealed Easy Connect blob (version " + EasyConnectBlob.VERSION
                + ", at most " + EasyConnectBlob.MAX_BLOB_BYTES + " bytes)");
        }
        return blob;
    }
}
