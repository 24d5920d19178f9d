package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.CreateInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.server.policy.InvitationPolicy;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.ApiError;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Registers the invitations the Users' agents make: metadata only (id, user, computer, channel, expiry), checked
 * against Group Policy (solicited help allowed, maximum ticket time). The password and the SRP-6a verifier stay in
 * the agent; the server hands the agent a random key that lets it, and only it, answer Helpers on the relay.
 */
@Singleton
public class InvitationService {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,253}");

    private final CommandGateway commands;
    private final Clock clock;
    private final Duration maxTicket;
    private final InvitationPolicy policy;
    private final String relayHost;
    private final int relayPort;
    private final SecureRandom random = new SecureRandom();

    InvitationService(CommandGateway commands, Clock clock, InvitationPolicy policy,
                      @ConfigProperty(name = "ra.invitation.max-ticket") Duration maxTicket,
                      @ConfigProperty(name = "ra.relay.host") String relayHost,
                      @ConfigProperty(name = "ra.relay.port") int relayPort) {
        this.commands = commands;
        this.clock = clock;
        this.maxTicket = maxTicket;
        this.policy = policy;
        this.relayHost = relayHost;
        this.relayPort = relayPort;
    }

    public RegisteredInvitation register(InvitationRequest request) {
        if (request == null) {
            throw ApiError.of(400, "a JSON body with user, computer and expiresInMinutes is required");
        }
        if (request.password() != null || request.verifier() != null) {
            throw ApiError.of(400, "the invitation password and its verifier stay in the User's agent; "
                + "send metadata only");
        }
        String user = require("user", request.user(), AccountNames.PATTERN);
        String computer = require("computer", request.computer(), HOST);
        DeliveryChannel channel = channel(request.channel());
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
        Instant expiresAt = now.plus(lifetime);
        byte[] key = new byte[32];
        random.nextBytes(key);
        String agentKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        commands.sendAndWait(new CreateInvitationCommand(id, user, computer, channel, now, expiresAt,
            keyHash(agentKey)));
        return new RegisteredInvitation(id.toString(), user, computer, now, expiresAt, agentKey, relayHost, relayPort,
            "/relay/invitation/" + id + "/USER", "/relay/invitation/" + id + "/HELPER");
    }

    /** @return SHA-256 of an agent key, base64: what the invitation keeps */
    public static String keyHash(String agentKey) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(agentKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String fileName(String id) {
        return "RAInvitation-" + id.substring(0, 8) + ".msrcincident";
    }

    private static DeliveryChannel channel(String text) {
        if (text == null || text.isBlank()) {
            return DeliveryChannel.FILE;
        }
        try {
            return DeliveryChannel.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "channel must be one of file, email, im, easy-connect");
        }
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
