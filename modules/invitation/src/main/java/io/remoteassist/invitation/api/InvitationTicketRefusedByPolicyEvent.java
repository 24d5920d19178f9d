package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Group Policy refused a Helper's attempt with an unencrypted (pre-Vista) ticket: <em>Allow only Windows Vista or
 * later connections</em> is enabled for the User's computer. Names the setting and the winning policy object.
 */
@Revision("1")
public record InvitationTicketRefusedByPolicyEvent(
    InvitationId invitationId,
    String helper,
    String setting,
    String gpoId,
    String gpoName,
    String reason,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        String by = gpoName == null ? "the default of setting " + setting : "policy object '" + gpoName + "'";
        return "policy refused " + helper + "'s unencrypted ticket (" + by + "): " + reason;
    }
}
