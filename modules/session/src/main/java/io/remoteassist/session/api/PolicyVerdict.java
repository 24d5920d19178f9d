package io.remoteassist.session.api;

/**
 * The effective Group Policy's answer to "may this Helper control this computer?", as the caller
 * resolved it. {@code setting} names the Remote Assistance setting that decided (for example
 * {@code Configure Offer Remote Assistance}); {@code gpoId} and {@code gpoName} name the policy
 * object that won; all three may be null when nothing is configured. {@code reason} is a sentence
 * for people, or null.
 */
public record PolicyVerdict(boolean controlAllowed, String setting, String gpoId, String gpoName, String reason) {

    /** Control is allowed because no policy says otherwise. */
    public static PolicyVerdict notConfigured() {
        return new PolicyVerdict(true, null, null, null, "not configured");
    }
}
