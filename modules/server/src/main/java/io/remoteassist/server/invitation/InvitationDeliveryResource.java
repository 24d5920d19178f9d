package io.remoteassist.server.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.InvitationFileException;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.invitation.api.file.RelayInvitationFile;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Delivery channels of an invitation: e-mail (the file the User's agent wrote, attached, or a {@code mailto:} link
 * when policy says Mailto) and file (recorded after the agent saved it). An attached file is sent and not kept; a
 * Mailto file is kept in {@link InvitationFiles} until its one download. Each delivery is an
 * {@code InvitationDeliveredEvent}; a closed invitation is refused (410) with an event.
 */
@Path("/api/invitations/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationDeliveryResource {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"']{1,64}@[A-Za-z0-9.-]{1,253}");

    private final CommandGateway commands;
    private final InvitationFiles files;
    private final Mailer mailer;
    private final Clock clock;
    private final String publicUrl;
    private final String smtp;

    @Inject
    InvitationOwners owners;

    InvitationDeliveryResource(CommandGateway commands, InvitationFiles files, Mailer mailer, Clock clock,
                               @ConfigProperty(name = "ra.public-url") String publicUrl,
                               @ConfigProperty(name = "quarkus.mailer.host") String smtpHost,
                               @ConfigProperty(name = "quarkus.mailer.port") int smtpPort) {
        this.commands = commands;
        this.files = files;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.smtp = smtpHost + ":" + smtpPort;
    }

    @POST
    @RolesAllowed(Roles.USER)
    public Map<String, Object> deliver(@PathParam("id") String id, DeliveryRequest request) {
        if (request == null || request.channel() == null) {
            throw ApiError.of(400, "a JSON body with channel (email or file) is required");
        }
        InvitationId invitation = InvitationResource.id(id);
        owners.requireOwner(invitation);
        String actor = Caller.actor(request.actor(), "actor");
        return switch (request.channel().toLowerCase()) {
            case "email" -> email(invitation, request, actor);
            case "file" -> file(invitation, request, actor);
            default -> throw ApiError.of(400, "channel must be email or file (IM and Easy Connect go through "
                + "the presence service and the rendezvous directory)");
        };
    }

    private Map<String, Object> email(InvitationId invitation, DeliveryRequest request, String actor) {
        String to = request.to();
        if (to == null || !EMAIL.matcher(to).matches()) {
            throw ApiError.of(400, "to must be one e-mail address");
        }
        boolean mailto = "mailto".equalsIgnoreCase(request.method());
        byte[] file = agentFile(invitation, request.file());
        String link = publicUrl + "/api/invitations/" + invitation + "/file";
        Map<String, Object> answer = new LinkedHashMap<>();
        if (mailto) {
            // the link works until the Helper downloads the file once, or the invitation closes
            files.hold(invitation.toString(), file, clock.instant().plus(Duration.ofHours(24)));
            answer.put("mailto", InvitationMail.mailto(to, actor, link));
        } else {
            Mail mail = Mail.withText(to, InvitationMail.subject(actor),
                    InvitationMail.body(actor, InvitationMail.attachmentInstructions()))
                .addAttachment(InvitationService.fileName(invitation.toString()), file, "application/x-msrcincident");
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                throw ApiError.of(502, "could not send the e-mail through the SMTP server at " + smtp + ": "
                    + rootMessage(e));
            }
        }
        record(invitation, DeliveryChannel.EMAIL, (mailto ? "mailto:" : "") + to, actor);
        answer.put("channel", "EMAIL");
        answer.put("to", to);
        return answer;
    }

    /** The file the agent wrote: a well-formed .MsRcIncident with an encrypted ticket for this invitation. */
    private static byte[] agentFile(InvitationId invitation, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw ApiError.of(400, "file is required: the .MsRcIncident the agent wrote, base64");
        }
        byte[] file;
        try {
            file = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "file must be base64");
        }
        IncidentFile clear;
        try {
            clear = MsRcIncidentReader.read(file);
        } catch (InvitationFileException e) {
            throw ApiError.of(400, "file is not an invitation file: " + e.getMessage());
        }
        if (clear.encryptedTicket().isEmpty()) {
            throw ApiError.of(400, "file has no LHTICKET: only encrypted invitations are sent");
        }
        if (clear.rcTicket() == null || !clear.rcTicket().sessionId().equals(RelayInvitationFile.ticketId(invitation.value()))) {
            throw ApiError.of(400, "file is not the file of invitation " + invitation);
        }
        return file;
    }

    private Map<String, Object> file(InvitationId invitation, DeliveryRequest request, String actor) {
        String target = request.target();
        if (target == null || target.isBlank() || target.length() > 1024) {
            throw ApiError.of(400, "target must name the folder the file was saved to");
        }
        record(invitation, DeliveryChannel.FILE, target, actor);
        return Map.of("channel", "FILE", "target", target);
    }

    private void record(InvitationId invitation, DeliveryChannel channel, String target, String actor) {
        InvitationStatus status = commands.sendAndWait(
            new DeliverInvitationCommand(invitation, channel, target, actor, clock.instant()));
        if (status != InvitationStatus.OPEN) {
            throw ApiError.of(410, "the invitation is " + status.name().toLowerCase().replace('_', ' ')
                + " and cannot be delivered");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
