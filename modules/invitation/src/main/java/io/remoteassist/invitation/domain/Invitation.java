package io.remoteassist.invitation.domain;

import io.remoteassist.invitation.api.AcceptInvitationCommand;
import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.AcceptResult;
import io.remoteassist.invitation.api.AdmitAgentCommand;
import io.remoteassist.invitation.api.CreateInvitationCommand;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.ExpireInvitationCommand;
import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationCreatedEvent;
import io.remoteassist.invitation.api.InvitationDeliveredEvent;
import io.remoteassist.invitation.api.InvitationDeliveryRefusedEvent;
import io.remoteassist.invitation.api.InvitationExpiredEvent;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationLockedOutEvent;
import io.remoteassist.invitation.api.InvitationOpeningRefusedEvent;
import io.remoteassist.invitation.api.InvitationPasswordRejectedEvent;
import io.remoteassist.invitation.api.InvitationRefusedByPolicyEvent;
import io.remoteassist.invitation.api.InvitationRevokedEvent;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.InvitationTicketRefusedByPolicyEvent;
import io.remoteassist.invitation.api.OpenInvitationCommand;
import io.remoteassist.invitation.api.OpeningCheck;
import io.remoteassist.invitation.api.RefuseUnencryptedTicketCommand;
import io.remoteassist.invitation.api.RefuseInvitationCommand;
import io.remoteassist.invitation.api.RejectInvitationPasswordCommand;
import io.remoteassist.invitation.api.RevokeInvitationCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invitation from a User to a Helper. Invariants: it is used at most once; it cannot be
 * opened after its deadline, after a revoke or after a lockout; every refusal leaves an event.
 */
public class Invitation {

    @AggregateIdentifier
    private InvitationId id;
    private InvitationStatus status;
    private Instant expiresAt;
    private String user;
    private String computer;
    private int failures;
    private String agentKeyHash;

    protected Invitation() {
        // for event sourcing
    }

    @CommandHandler
    public Invitation(CreateInvitationCommand cmd) {
        if (!cmd.expiresAt().isAfter(cmd.createdAt())) {
            throw new IllegalArgumentException("an invitation must expire after it is created");
        }
        apply(new InvitationCreatedEvent(cmd.invitationId(), cmd.user(), cmd.computer(), cmd.channel(),
            cmd.createdAt(), cmd.expiresAt(), cmd.agentKeyHash()));
    }

    /** Policy refused the invitation: it is recorded, closed from birth. */
    @CommandHandler
    public Invitation(RefuseInvitationCommand cmd) {
        apply(new InvitationRefusedByPolicyEvent(cmd.invitationId(), cmd.user(), cmd.computer(), cmd.setting(),
            cmd.gpoId(), cmd.gpoName(), cmd.reason(), cmd.at()));
    }

    @CommandHandler
    public InvitationStatus handle(AdmitAgentCommand cmd) {
        if (agentKeyHash == null || !MessageDigest.isEqual(agentKeyHash.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(cmd.agentKeyHash()).getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("not the agent that registered invitation " + id);
        }
        refusalAt(cmd.at());
        return status;
    }

    @CommandHandler
    public OpeningCheck handle(OpenInvitationCommand cmd) {
        AcceptOutcome closed = refusalAt(cmd.at());
        if (closed != null) {
            apply(new InvitationOpeningRefusedEvent(id, cmd.helper(), closed, cmd.at()));
        }
        return new OpeningCheck(status, computer);
    }

    @CommandHandler
    public void handle(RefuseUnencryptedTicketCommand cmd) {
        apply(new InvitationTicketRefusedByPolicyEvent(id, cmd.helper(), cmd.setting(), cmd.gpoId(), cmd.gpoName(),
            cmd.reason(), cmd.at()));
    }

    @CommandHandler
    public AcceptResult handle(AcceptInvitationCommand cmd) {
        AcceptOutcome closed = refusalAt(cmd.at());
        if (closed != null) {
            apply(new InvitationOpeningRefusedEvent(id, cmd.helper(), closed, cmd.at()));
            return new AcceptResult(closed, user, computer);
        }
        apply(new InvitationAcceptedEvent(id, cmd.helper(), cmd.sessionId(), cmd.at()));
        return new AcceptResult(AcceptOutcome.ACCEPTED, user, computer);
    }

    @CommandHandler
    public AcceptOutcome handle(RejectInvitationPasswordCommand cmd) {
        AcceptOutcome closed = refusalAt(cmd.at());
        if (closed != null) {
            apply(new InvitationOpeningRefusedEvent(id, cmd.helper(), closed, cmd.at()));
            return closed;
        }
        apply(new InvitationPasswordRejectedEvent(id, cmd.helper(), failures + 1, cmd.at()));
        if (failures >= cmd.maxAttempts()) {
            apply(new InvitationLockedOutEvent(id, cmd.helper(), failures, cmd.at()));
            return AcceptOutcome.LOCKED_OUT;
        }
        return AcceptOutcome.PASSWORD_REJECTED;
    }

    @CommandHandler
    public InvitationStatus handle(DeliverInvitationCommand cmd) {
        refusalAt(cmd.at());
        if (status == InvitationStatus.OPEN) {
            apply(new InvitationDeliveredEvent(id, cmd.channel(), cmd.target(), cmd.actor(), cmd.at()));
        } else {
            apply(new InvitationDeliveryRefusedEvent(id, cmd.channel(), cmd.actor(), status, cmd.at()));
        }
        return status;
    }

    @CommandHandler
    public InvitationStatus handle(RevokeInvitationCommand cmd) {
        if (status == InvitationStatus.OPEN) {
            apply(new InvitationRevokedEvent(id, cmd.actor(), cmd.reason(), cmd.at()));
        }
        return status;
    }

    @CommandHandler
    public InvitationStatus handle(ExpireInvitationCommand cmd) {
        if (status == InvitationStatus.OPEN && !cmd.at().isBefore(expiresAt)) {
            apply(new InvitationExpiredEvent(id, expiresAt, cmd.at()));
        }
        return status;
    }

    /** Why the invitation cannot be opened at {@code at}, or null when it can; records a due expiry. */
    private AcceptOutcome refusalAt(Instant at) {
        if (status == InvitationStatus.OPEN && !at.isBefore(expiresAt)) {
            apply(new InvitationExpiredEvent(id, expiresAt, at));
        }
        return switch (status) {
            case OPEN -> null;
            case ACCEPTED -> AcceptOutcome.ALREADY_USED;
            case EXPIRED -> AcceptOutcome.EXPIRED;
            case REVOKED -> AcceptOutcome.REVOKED;
            case LOCKED_OUT -> AcceptOutcome.LOCKED_OUT;
            case REFUSED_BY_POLICY -> AcceptOutcome.REFUSED_BY_POLICY;
        };
    }

    @EventSourcingHandler
    void on(InvitationCreatedEvent e) {
        id = e.invitationId();
        status = InvitationStatus.OPEN;
        expiresAt = e.expiresAt();
        user = e.user();
        computer = e.computer();
        agentKeyHash = e.agentKeyHash();
    }

    @EventSourcingHandler
    void on(InvitationRefusedByPolicyEvent e) {
        id = e.invitationId();
        status = InvitationStatus.REFUSED_BY_POLICY;
        user = e.user();
        computer = e.computer();
    }

    @EventSourcingHandler
    void on(InvitationAcceptedEvent e) {
        status = InvitationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(InvitationPasswordRejectedEvent e) {
        failures = e.failures();
    }

    @EventSourcingHandler
    void on(InvitationLockedOutEvent e) {
        status = InvitationStatus.LOCKED_OUT;
    }

    @EventSourcingHandler
    void on(InvitationRevokedEvent e) {
        status = InvitationStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(InvitationExpiredEvent e) {
        status = InvitationStatus.EXPIRED;
    }
}
