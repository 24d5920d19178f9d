package io.remoteassist.invitation.api;

/**
 * The answer to {@link OpenInvitationCommand}: where the invitation stands and the User's computer, whose Group
 * Policy decides whether an unencrypted ticket may be accepted.
 */
public record OpeningCheck(InvitationStatus status, String computer) {
}
