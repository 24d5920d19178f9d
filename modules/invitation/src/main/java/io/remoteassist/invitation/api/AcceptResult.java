package io.remoteassist.invitation.api;

/**
 * The answer to {@link AcceptInvitationCommand}: the outcome and, so the caller can open the
 * session, whom the invitation is from.
 */
public record AcceptResult(AcceptOutcome outcome, String user, String computer) {
}
