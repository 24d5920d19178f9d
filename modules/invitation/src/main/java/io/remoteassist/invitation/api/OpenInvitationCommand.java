package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A Helper connects to the relay to prove the password for this invitation. The handler answers the invitation's
 * {@link InvitationStatus}; when it is not {@code OPEN} the attempt is refused without reaching the agent and the
 * refusal is recorded ({@link InvitationOpeningRefusedEvent} with the reason).
 */
public record OpenInvitationCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String helper,
    Instant at) {
}
