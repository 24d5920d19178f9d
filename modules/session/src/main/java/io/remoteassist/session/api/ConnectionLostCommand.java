package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;

/**
 * The transport lost {@code party}'s connection (the User's or the Helper's name). Unless it comes
 * back within {@code grace} (counted from the first loss while the other party is still connected),
 * the session ends with reason {@code connection-lost}.
 */
public record ConnectionLostCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String party,
    Duration grace,
    Instant at) {

    /** The grace period when the caller configures none. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);

    public ConnectionLostCommand {
        if (grace == null || grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("the grace period must be positive");
        }
    }

    /** A loss with the {@link #DEFAULT_GRACE default grace period}. */
    public ConnectionLostCommand(SessionId sessionId, String party, Instant at) {
        this(sessionId, party, DEFAULT_GRACE, at);
    }
}
