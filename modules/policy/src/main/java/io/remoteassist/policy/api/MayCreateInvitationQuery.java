package io.remoteassist.policy.api;

import java.time.Duration;

/**
 * Asks whether the User of a computer may create an invitation, and under which terms.
 *
 * <p>Answered with {@link InvitationDecision}.
 *
 * @param computer        the User's computer, FQDN or IP address
 * @param requestedExpiry the lifetime the User asks for, positive; capped to the maximum ticket time
 * @param legacyTicket    true when the invitation would also carry an unencrypted (pre-Vista) ticket
 */
public record MayCreateInvitationQuery(String computer, Duration requestedExpiry, boolean legacyTicket) {
}
