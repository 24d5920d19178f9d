package io.remoteassist.policy.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to "may the User of this computer create an invitation", with the terms it must follow.
 *
 * @param decision      allowed or not, and why
 * @param grantedExpiry the requested lifetime capped to the maximum ticket time; zero when refused
 * @param maxTicketTime the maximum ticket time in effect
 * @param emailMethod   how e-mail invitations travel
 * @param encryptedOnly when true only encrypted (LHTICKET) invitations may be issued or accepted
 * @param emailSource   where the e-mail method comes from
 * @param vistaSource   where the encryption requirement comes from
 */
public record InvitationDecision(PolicyDecision decision, Duration grantedExpiry, Duration maxTicketTime,
                                 EmailMethod emailMethod, boolean encryptedOnly, PolicySource emailSource,
                                 PolicySource vistaSource) {

    public InvitationDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(grantedExpiry, "grantedExpiry");
        Objects.requireNonNull(maxTicketTime, "maxTicketTime");
        Objects.requireNonNull(emailMethod, "emailMethod");
    }

    /** Shortcut for {@code decision().allowed()}. */
    public boolean allowed() {
        return decision.allowed();
    }
}
