package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Ends the session: either participant, or {@link #SYSTEM} for a policy change ({@link #policy(String)}),
 * a revoked invitation ({@link #INVITATION_REVOKED}) and the like. Any state but a final one may end.
 */
public record EndSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String actor,
    String reason,
    Instant at) {

    /** The actor for ends nobody in the session asked for. */
    public static final String SYSTEM = "system";
    /** The User revoked the invitation the session came from. */
    public static final String INVITATION_REVOKED = "invitation-revoked";
    /** A connection did not come back within the grace period. */
    public static final String CONNECTION_LOST = "connection-lost";

    /** The reason for an end forced by a policy change, e.g. {@code policy:offer-disabled}. */
    public static String policy(String change) {
        return "policy:" + change;
    }
}
