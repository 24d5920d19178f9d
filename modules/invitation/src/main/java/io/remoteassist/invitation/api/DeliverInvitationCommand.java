package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The invitation was handed to a delivery channel: {@code target} is the folder, e-mail address,
 * contact or directory it went to. Only an open invitation can be delivered; the handler answers
 * with the invitation's status.
 */
public record DeliverInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    DeliveryChannel channel,
    String target,
    String actor,
    Instant at) {
}
