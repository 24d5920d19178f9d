package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that Group Policy refused the invitation a User asked for: the invitation is born closed, so the
 * refusal has an id, an audit entry and a place on the compliance stream, and can never be opened.
 *
 * @param invitationId the id the invitation would have had
 * @param user         the User who asked for help
 * @param computer     the User's computer (FQDN or address)
 * @param setting      the key of the deciding policy setting, e.g. {@code solicited}
 * @param gpoId        the winning policy object's id, or null when a default decided
 * @param gpoName      the winning policy object's name, or null when a default decided
 * @param reason       the policy's sentence, naming the setting and the policy object
 * @param at           when it was refused
 */
public record RefuseInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String user,
    String computer,
    String setting,
    String gpoId,
    String gpoName,
    String reason,
    Instant at) {
}
