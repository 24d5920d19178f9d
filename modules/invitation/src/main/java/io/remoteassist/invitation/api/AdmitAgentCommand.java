package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The User's agent connects to the relay to answer Helpers for this invitation. The handler answers the
 * invitation's {@link InvitationStatus} when {@code agentKeyHash} is the registered one (recording a due expiry) and
 * throws {@link IllegalArgumentException} when it is not.
 */
public record AdmitAgentCommand(
    @TargetAggregateIdentifier InvitationId invitationId,
    String agentKeyHash,
    Instant at) {
}
