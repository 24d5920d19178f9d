package io.remoteassist.server.invitation;

import io.remoteassist.invitation.api.AcceptInvitationCommand;
import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.AcceptResult;
import io.remoteassist.invitation.api.AdmitAgentCommand;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.OpenInvitationCommand;
import io.remoteassist.invitation.api.OpeningCheck;
import io.remoteassist.invitation.api.RefuseUnencryptedTicketCommand;
import io.remoteassist.invitation.api.RejectInvitationPasswordCommand;
import io.remoteassist.policy.api.PolicySource;
import io.remoteassist.server.policy.InvitationPolicy;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.session.api.RequestSessionCommand;
import io.remoteassist.session.api.SessionId;
import io.remoteassist.session.api.SessionMode;
import io.remoteassist.session.api.SessionOutcome;
import jakarta.inject.Singleton;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * What the relay asks before and during an invitation handshake (the relay carries the SRP-6a messages between the
 * Helper and the User's agent; it never sees the password or the verifier):
 * <ul>
 *   <li>{@link #admitAgent}: only the agent that registered the invitation (it holds the agent key) answers
 *       Helpers, and only while the invitation is open;
 *   <li>{@link #admitHelper}: a closed invitation (expired, used, revoked, locked out) is refused before the
 *       agent is asked, with an {@code InvitationOpeningRefusedEvent} naming the reason; a file without an
 *       encrypted ticket is refused when the computer's policy <em>Allow only Windows Vista or later
 *       connections</em> says so ({@code InvitationTicketRefusedByPolicyEvent} naming the policy object);
 *   <li>{@link #accepted} / {@link #rejected}: what the agent reported, by the frame it sent, is recorded:
 *       {@code InvitationAcceptedEvent} and a new session, or {@code InvitationPasswordRejectedEvent} (and
 *       {@code InvitationLockedOutEvent} after the configured number of failures).
 * </ul>
 */
@Singleton
public class InvitationAdmission {

    private final CommandGateway commands;
    private final InvitationPolicy policy;
    private final InvitationFiles files;
    private final Clock clock;
    private final int maxAttempts;

    InvitationAdmission(CommandGateway commands, InvitationPolicy policy, InvitationFiles files, Clock clock,
                        @ConfigProperty(name = "ra.invitation.max-attempts") int maxAttempts) {
        this.commands = commands;
        this.policy = policy;
        this.files = files;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** The agent of the invitation, holding its key, may wait for Helpers while the invitation is open. */
    public void admitAgent(String invitationId, String agentKey) throws AdmissionRefused {
        InvitationId id = id(invitationId);
        if (agentKey == null || agentKey.isBlank()) {
            throw new AdmissionRefused("NOT_THE_AGENT", "no agent key");
        }
        InvitationStatus status;
        try {
            status = commands.sendAndWait(new AdmitAgentCommand(id, InvitationService.keyHash(agentKey),
                clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw new AdmissionRefused("NOT_FOUND", "no invitation " + id);
        } catch (IllegalArgumentException e) {
            throw new AdmissionRefused("NOT_THE_AGENT", e.getMessage());
        }
        if (status != InvitationStatus.OPEN) {
            throw new AdmissionRefused(reason(status), "invitation " + id + " is " + status);
        }
    }

    /**
     * A Helper may try the password while the invitation is open; otherwise the refusal is recorded.
     *
     * @return the Helper's name as recorded
     */
    public String admitHelper(String invitationId, String helper, boolean unencryptedTicket)
        throws AdmissionRefused {
        InvitationId id = id(invitationId);
        String name = helper == null || helper.isBlank() ? "helper" : helper;
        if (!AccountNames.PATTERN.matcher(name).matches()) {
            throw new AdmissionRefused("BAD_REQUEST", "helper has characters that are not allowed");
        }
        OpeningCheck check;
        try {
            check = commands.sendAndWait(new OpenInvitationCommand(id, name, clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw new AdmissionRefused("NOT_FOUND", "no invitation " + id);
        }
        if (check.status() != InvitationStatus.OPEN) {
            throw new AdmissionRefused(reason(check.status()), "invitation " + id + " is " + check.status());
        }
        if (unencryptedTicket) {
            Optional<PolicySource> required = policy.encryptionRequired(check.computer());
            if (required.isPresent()) {
                PolicySource source = required.get();
                commands.sendAndWait(new RefuseUnencryptedTicketCommand(id, name, source.setting(), source.gpoId(),
                    source.gpoName(), source.reason(), clock.instant()));
                throw new AdmissionRefused("ENCRYPTION_REQUIRED", "Group Policy ("
                    + (source.gpoName() == null ? source.setting() : source.gpoName())
                    + ") accepts only encrypted invitations");
            }
        }
        return name;
    }

    /**
     * The agent confirmed the Helper's proof: the invitation is used and a session opens.
     *
     * @return the new session's id
     * @throws AdmissionRefused when the invitation closed meanwhile or the session cannot open
     */
    public String accepted(String invitationId, String helper) throws AdmissionRefused {
        InvitationId id = id(invitationId);
        SessionId session = SessionId.random();
        AcceptResult result = commands.sendAndWait(new AcceptInvitationCommand(id, helper, session.value(),
            clock.instant()));
        if (result.outcome() != AcceptOutcome.ACCEPTED) {
            throw new AdmissionRefused(result.outcome().name(), "invitation " + id + ": " + result.outcome());
        }
        files.drop(id.toString());
        SessionOutcome opened = commands.sendAndWait(new RequestSessionCommand(session, result.user(),
            result.computer(), helper, SessionMode.SOLICITED, id.value(), clock.instant()));
        if (!opened.accepted()) {
            throw new AdmissionRefused("SESSION_REFUSED", opened.reason());
        }
        return session.toString();
    }

    /**
     * The agent refused the Helper's proof.
     *
     * @return {@code PASSWORD_REJECTED}, {@code LOCKED_OUT}, or why the invitation was already closed
     */
    public String rejected(String invitationId, String helper) {
        InvitationId id = InvitationId.parse(invitationId);
        AcceptOutcome outcome = commands.sendAndWait(new RejectInvitationPasswordCommand(id, helper, maxAttempts,
            clock.instant()));
        if (outcome == AcceptOutcome.LOCKED_OUT) {
            files.drop(id.toString());
        }
        return outcome.name();
    }

    private static InvitationId id(String text) throws AdmissionRefused {
        try {
            return InvitationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AdmissionRefused("NOT_FOUND", "not an invitation id: " + text);
        }
    }

    private static String reason(InvitationStatus status) {
        return switch (status) {
            case OPEN -> "OPEN";
            case ACCEPTED -> AcceptOutcome.ALREADY_USED.name();
            case EXPIRED -> AcceptOutcome.EXPIRED.name();
            case REVOKED -> AcceptOutcome.REVOKED.name();
            case LOCKED_OUT -> AcceptOutcome.LOCKED_OUT.name();
            case REFUSED_BY_POLICY -> AcceptOutcome.REFUSED_BY_POLICY.name();
        };
    }
}
