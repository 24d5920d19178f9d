package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Group Policy refused an invitation the User asked for (e.g. Solicited Remote Assistance is disabled for the
 * computer); the invitation never opened. Names the deciding setting and the winning policy object.
 */
@Revision("1")
public record InvitationRefusedByPolicyEvent(
    InvitationId invitationId,
    String user,
    String computer,
    String setting,
    String gpoId,
    String gpoName,
    String reason,
    Instant at) implements InvitationEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        String by = gpoName == null ? "the default of setting " + setting : "policy object '" + gpoName + "'";
        return "policy refused the invitation of " + user + " on " + computer + " (" + by + "): " + reason;
    }
}
