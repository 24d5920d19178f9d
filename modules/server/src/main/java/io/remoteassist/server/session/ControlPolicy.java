package io.remoteassist.server.session;

import io.remoteassist.policy.api.AssistanceMode;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.MayControlQuery;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.server.policy.PolicyGateway;
import io.remoteassist.session.api.PolicyVerdict;
import jakarta.inject.Singleton;
import org.axonframework.messaging.responsetypes.ResponseTypes;

/**
 * Asks Group Policy whether a Helper may control the computer of a session (Configure Solicited or
 * Offer Remote Assistance: control or view only), and which warning the User sees before sharing
 * control. This is the seam between the policy and session modules for control requests.
 */
@Singleton
public class ControlPolicy {

    /** The verdict for a control request and the warning the User sees before sharing control. */
    public record ControlVerdict(PolicyVerdict verdict, String warningBeforeSharingControl) {
    }

    private final PolicyGateway policy;

    ControlPolicy(PolicyGateway policy) {
        this.policy = policy;
    }

    public ControlVerdict forControl(SessionView session) {
        AssistanceMode mode = "OFFERED".equals(session.mode()) ? AssistanceMode.OFFER : AssistanceMode.SOLICITED;
        PolicyDecision decision = policy.query(new MayControlQuery(session.computer(), mode),
            ResponseTypes.instanceOf(PolicyDecision.class));
        SessionSettingsView settings = policy.query(new FindSessionSettingsQuery(session.computer()),
            ResponseTypes.instanceOf(SessionSettingsView.class));
        var verdict = new PolicyVerdict(decision.allowed(), decision.setting(), decision.gpoId(), decision.gpoName(),
            decision.reason());
        return new ControlVerdict(verdict, settings.warningBeforeSharingControl());
    }
}
