package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A persisted grace deadline is due: the session ends with reason {@code connection-lost} unless every lost
 * connection came back. A deadline whose {@code graceEndsAt} is no longer the session's (the connection came back
 * and was lost again later, or the session is over) is stale: it changes nothing and leaves no event.
 *
 * @param sessionId   the session
 * @param graceEndsAt the end of the grace period the deadline was kept for
 * @param at          when the server fired it
 */
public record ExpireConnectionGraceCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    Instant graceEndsAt,
    Instant at) {
}
