package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.MayControlQuery;
import io.remoteassist.policy.api.MayCreateInvitationQuery;
import io.remoteassist.policy.api.MayOfferQuery;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.ScopeOfManagement;
import io.remoteassist.policy.api.SessionSettingsView;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the module's policy queries from a directory snapshot and the policy objects: what a query handler
 * calls. A computer that is not in the directory gets the defaults (no domain policy reaches it) and every
 * reason says so. Immutable and thread-safe.
 */
public final class PolicyQueries {

    private final DirectoryView directory;
    private final Map<PolicyObjectId, PolicyObjectView> policyObjects;
    private final GroupMembership membership;
    private final ComputerIndex computers;

    public PolicyQueries(DirectoryView directory, Map<PolicyObjectId, PolicyObjectView> policyObjects) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.policyObjects = Map.copyOf(policyObjects);
        this.membership = new GroupMembership(directory);
        this.computers = new ComputerIndex(directory);
    }

    public ResultantSetOfPolicy handle(FindResultantSetOfPolicyQuery query) {
        return rsop(query.computer());
    }

    public InvitationDecision handle(MayCreateInvitationQuery query) {
        return decisions(query.computer()).mayCreateInvitation(query.requestedExpiry(), query.legacyTicket());
    }

    public PolicyDecision handle(MayOfferQuery query) {
        return decisions(query.computer()).mayOffer(query.helper());
    }

    public PolicyDecision handle(MayControlQuery query) {
        return decisions(query.computer()).mayControl(query.mode());
    }

    public SessionSettingsView handle(FindSessionSettingsQuery query) {
        return decisions(query.computer()).sessionSettings();
    }

    /** The decisions for a computer (FQDN or IP address). */
    public RemoteAssistanceDecisions decisions(String computer) {
        String note = computers.find(computer).isPresent() ? null
                : "computer '" + computer + "' is not in the directory, so only defaults apply";
        return new RemoteAssistanceDecisions(rsop(computer), membership, note);
    }

    private ResultantSetOfPolicy rsop(String computer) {
        Optional<ComputerView> found = computers.find(computer);
        List<ScopeOfManagement> chain = found.map(c -> ScopeChain.forComputer(directory, c, null)).orElse(List.of());
        return EffectivePolicyResolver.resolve(found.map(ComputerView::fqdn).orElse(computer), chain, policyObjects);
    }
}
