package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The transport reports bytes relayed since its last report: {@code bytesToHelper} (screen) and
 * {@code bytesToUser} (input, chat, files). Counts add up into the {@link SessionSummary}; they must
 * not be negative, and a report after the session is over is refused, so the transport reports
 * before it ends a session.
 */
public record RecordBytesTransferredCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    long bytesToHelper,
    long bytesToUser,
    Instant at) {
}
