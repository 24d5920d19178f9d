package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records that both ends of a session handed over their contact cards; once per session. */
public record ExchangeContactsCommand(
    @TargetAggregateIdentifier String sessionId,
    String user,
    String userFingerprint,
    String helper,
    String helperFingerprint,
    Instant at) {
}
