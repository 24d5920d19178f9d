package io.remoteassist.server.session;

import io.remoteassist.session.api.PolicyVerdict;
import jakarta.inject.Singleton;

/**
 * Asks Group Policy whether a Helper may control the computer of a session, and with which warning.
 * This is the seam between the policy and session modules for control requests.
 */
@Singleton
public class ControlPolicy {

    /** The verdict for a control request and the warning the User sees before sharing control. */
    public record ControlVerdict(PolicyVerdict verdict, String warningBeforeSharingControl) {
    }

    public ControlVerdict forControl(SessionView session) {
        return new ControlVerdict(PolicyVerdict.notConfigured(), null);
    }
}
