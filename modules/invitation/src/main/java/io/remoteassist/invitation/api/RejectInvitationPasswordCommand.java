package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A Helper presented a wrong password. The handler answers with an {@link AcceptOutcome}:
 * {@code PASSWORD_REJECTED}, or {@code LOCKED_OUT} once {@code maxAttempts} wrong passwords are reached.
 */
public record RejectInvitationPasswordCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String helper,
    int maxAttempts,
    Instant at) {
}
