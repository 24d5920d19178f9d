package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An offer of help that is refused before the User is asked: the host is unknown or offline, or Group
 * Policy does not let this Helper offer to that computer ({@code setting} and the winning GPO then say
 * why). It is recorded as a session that never started; the User is not disturbed.
 */
public record RefuseOfferCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String helper,
    String host,
    String computer,
    String reason,
    String setting,
    String gpoId,
    String gpoName,
    Instant at) {
}
