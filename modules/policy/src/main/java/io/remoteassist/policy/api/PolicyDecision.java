package io.remoteassist.policy.api;

/**
 * The answer to "may X do Y on computer Z", and why.
 *
 * @param allowed  whether the action is allowed
 * @param setting  the key of the deciding setting (e.g. {@code offer}), or null when no setting decided
 * @param gpoId    the winning policy object's id, or null when the Windows default decided
 * @param gpoName  the winning policy object's name, or null when the Windows default decided
 * @param reason   a sentence for people and the audit trail
 */
public record PolicyDecision(boolean allowed, String setting, String gpoId, String gpoName, String reason) {

    /** True when a policy object (not the default) decided. */
    public boolean decidedByPolicyObject() {
        return gpoId != null;
    }
}
