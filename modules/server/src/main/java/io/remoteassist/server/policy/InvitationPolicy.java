package io.remoteassist.server.policy;

import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.RefuseInvitationCommand;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.MayCreateInvitationQuery;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.PolicySource;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.time.Duration;
import java.util.Optional;
import java.time.Instant;

/**
 * Where invitation creation asks Group Policy. A refusal is recorded on the invitation's own stream
 * ({@code InvitationRefusedByPolicyEvent}: the invitation is born closed), so the audit trail and the compliance
 * topic name the deciding setting and policy object.
 */
@Singleton
public class InvitationPolicy {

    private final PolicyGateway policy;
    private final CommandGateway commands;

    InvitationPolicy(PolicyGateway policy, CommandGateway commands) {
        this.policy = policy;
        this.commands = commands;
    }

    /**
     * The policy's answer for an invitation from {@code computer} lasting {@code requested}: whether it may be
     * created and, when a policy object configures Solicited Remote Assistance, the lifetime capped to its maximum
     * ticket time.
     */
    public InvitationDecision decide(String computer, Duration requested) {
        return policy.query(new MayCreateInvitationQuery(computer, requested, false),
            ResponseTypes.instanceOf(InvitationDecision.class));
    }

    /**
     * Whether the computer's policy <em>Allow only Windows Vista or later connections</em> requires encrypted
     * (LHTICKET) invitations; when it does, where that comes from (setting, policy object).
     */
    public Optional<PolicySource> encryptionRequired(String computer) {
        InvitationDecision decision = policy.query(new MayCreateInvitationQuery(computer, Duration.ofMinutes(1), true),
            ResponseTypes.instanceOf(InvitationDecision.class));
        return decision.encryptedOnly() ? Optional.of(decision.vistaSource()) : Optional.empty();
    }

    /** Records the refusal under the id the invitation would have had. */
    public void refuse(InvitationId id, String user, String computer, InvitationDecision decision, Instant at) {
        PolicyDecision d = decision.decision();
        commands.sendAndWait(new RefuseInvitationCommand(id, user, computer, d.setting(), d.gpoId(), d.gpoName(),
            d.reason(), at));
    }
}
