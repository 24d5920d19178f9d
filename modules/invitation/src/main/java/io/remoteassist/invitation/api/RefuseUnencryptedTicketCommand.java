package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A Helper presented a file without an encrypted ticket (no LHTICKET) while the User's computer's policy
 * <em>Allow only Windows Vista or later connections</em> is enabled: the attempt is refused and recorded, naming
 * the policy object; the invitation stays open for a proper file.
 */
public record RefuseUnencryptedTicketCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String helper,
    String setting,
    String gpoId,
    String gpoName,
    String reason,
    Instant at) {
}
