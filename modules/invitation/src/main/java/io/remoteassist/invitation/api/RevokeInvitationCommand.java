package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The User withdraws an open invitation. */
public record RevokeInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String actor,
    Instant at) {
}
