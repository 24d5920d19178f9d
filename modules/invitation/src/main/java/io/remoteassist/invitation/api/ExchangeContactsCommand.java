package io.remoteassist.invitation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that both ends of a session handed over their contact cards; once per session. The exchange's own id is
 * {@link #idOf(String) contacts-SESSION} (the session's id already names the session's own event stream).
 */
public record ExchangeContactsCommand(
    @TargetAggregateIdentifier String exchangeId,
    String sessionId,
    String user,
    String userFingerprint,
    String helper,
    String helperFingerprint,
    Instant at) {

    /** The id of the exchange after session {@code sessionId}. */
    public static String idOf(String sessionId) {
        return "contacts-" + sessionId;
    }
}
