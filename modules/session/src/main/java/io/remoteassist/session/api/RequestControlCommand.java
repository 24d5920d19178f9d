package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The Helper asks to share control of the User's computer. {@code policy} is the effective policy's
 * decision, resolved by the caller; when it forbids control the request is refused with
 * {@link ControlRequestRefusedByPolicyEvent} and the User is not asked. {@code warningBeforeSharingControl}
 * is the policy's text to show with the question, or null.
 */
public record RequestControlCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String helper,
    PolicyVerdict policy,
    String warningBeforeSharingControl,
    Instant at) {
}
