package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.AcceptInvitationCommand;
import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.AcceptResult;
import io.remoteassist.invitation.api.CreateInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.RejectInvitationPasswordCommand;
import io.remoteassist.invitation.api.file.InvitationPasswordGenerator;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.server.policy.InvitationPolicy;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Creates invitations and checks the passwords Helpers present: each step a command on the
 * {@code Invitation} aggregate; an accepted invitation opens an {@code AssistanceSession}.
 */
@Singleton
public class InvitationService {

    /** The outcome of an acceptance and, when accepted, the new session. */
    public record Acceptance(AcceptOutcome outcome, SessionId sessionId) {
    }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,253}");

    private final CommandGateway commands;
    private final PasswordVerifiers verifiers;
    private final InvitationFiles files;
    private final InvitationFileWriter fileWriter;
    private final Clock clock;
    private final InvitationPasswordGenerator passwords = new InvitationPasswordGenerator();
    private final Duration maxTicket;
    private final int maxAttempts;
    private final InvitationPolicy policy;

    InvitationService(CommandGateway commands, PasswordVerifiers verifiers, InvitationFiles files,
                      InvitationFileWriter fileWriter, Clock clock, InvitationPolicy policy,
                      @ConfigProperty(name = "ra.invitation.max-ticket") Duration maxTicket,
                      @ConfigProperty(name = "ra.invitation.max-attempts") int maxAttempts) {
        this.commands = commands;
        this.verifiers = verifiers;
        this.files = files;
        this.fileWriter = fileWriter;
        this.clock = clock;
        this.maxTicket = maxTicket;
        this.maxAttempts = maxAttempts;
        this.policy = policy;
    }

    public CreatedInvitation create(InvitationRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with user, computer and expiresInMinutes is required");
        }
        String user = require("user", request.user(), AccountNames.PATTERN);
        String computer = require("computer", request.computer(), HOST);
        long minutes = request.expiresInMinutes() == null ? maxTicket.toMinutes() : request.expiresInMinutes();
        if (minutes < 1) {
            throw ApiError.of(400, "expiresInMinutes must be between 1 and " + maxTicket.toMinutes());
        }
        InvitationId id = InvitationId.random();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // Group Policy first: a refusal is recorded (and audited) under the id the invitation would have had.
        InvitationDecision decision = policy.decide(computer, Duration.ofMinutes(minutes));
        if (!decision.allowed()) {
            policy.refuse(id, user, computer, decision, now);
            throw ApiError.of(403, "Group Policy refuses the invitation: " + decision.decision().reason()
                + " (recorded as " + id + ")");
        }
        // A policy object's maximum ticket time caps the lifetime, as Windows does; without one the configured
        // maximum bounds the request.
        Duration lifetime = decision.decision().decidedByPolicyObject() ? decision.grantedExpiry()
            : Duration.ofMinutes(minutes);
        if (!decision.decision().decidedByPolicyObject() && minutes > maxTicket.toMinutes()) {
            throw ApiError.of(400, "expiresInMinutes must be between 1 and " + maxTicket.toMinutes());
        }
        String password = passwords.generate();
        Instant expiresAt = now.plus(lifetime);
        verifiers.store(id.toString(), password);
        commands.sendAndWait(new CreateInvitationCommand(id, user, computer, DeliveryChannel.FILE, now, expiresAt));
        byte[] file = fileWriter.write(id, user, password, now, expiresAt);
        files.hold(id.toString(), file, expiresAt);
        return new CreatedInvitation(id.toString(), user, computer, password, expiresAt, fileName(id.toString()),
            "/api/invitations/" + id + "/file", new String(file, StandardCharsets.UTF_8));
    }

    public Acceptance accept(InvitationId id, AcceptRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with helper and password is required");
        }
        String helper = require("helper", request.helper(), AccountNames.PATTERN);
        if (request.password() == null || request.password().isEmpty()) {
            throw ApiError.of(400, "password is required");
        }
        Boolean right = verifiers.matches(id.toString(), request.password())
            .orElseThrow(() -> ApiError.of(404, "no such invitation: " + id));
        Instant now = clock.instant();
        if (!right) {
            AcceptOutcome outcome = commands.sendAndWait(
                new RejectInvitationPasswordCommand(id, helper, maxAttempts, now));
            return new Acceptance(outcome, null);
        }
        SessionId session = SessionId.random();
        AcceptResult result = commands.sendAndWait(new AcceptInvitationCommand(id, helper, session.value(), now));
        if (result.outcome() != AcceptOutcome.ACCEPTED) {
            return new Acceptance(result.outcome(), null);
        }
        files.drop(id.toString());
        SessionOutcome opened = commands.sendAndWait(new RequestSessionCommand(session, result.user(),
            result.computer(), helper, SessionMode.SOLICITED, id.value(), now));
        if (!opened.accepted()) {
            throw ApiError.of(409, opened.reason());
        }
        return new Acceptance(AcceptOutcome.ACCEPTED, session);
    }

    static String fileName(String id) {
        return "RAInvitation-" + id.substring(0, 8) + ".msrcincident";
    }

    private static String require(String field, String value, Pattern pattern) {
        if (value == null || value.isBlank()) {
            throw ApiError.of(400, field + " is required");
        }
        if (!pattern.matcher(value).matches()) {
            throw ApiError.of(400, field + " has characters that are not allowed (use letters, digits and . _ - @ :)");
        }
        return value;
    }
}
