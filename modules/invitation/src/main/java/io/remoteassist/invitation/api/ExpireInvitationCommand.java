package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The deadline of an invitation has passed; ignored when it is already closed or not yet due. */
public record ExpireInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    Instant at) {
}
