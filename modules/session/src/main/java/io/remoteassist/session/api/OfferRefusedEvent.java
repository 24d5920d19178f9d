package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A Helper's offer of help was refused before the User was asked; {@code computer} is null when the
 * host is unknown, {@code setting}/{@code gpoId}/{@code gpoName} are set when Group Policy decided.
 */
@Revision("1")
public record OfferRefusedEvent(
    SessionId sessionId,
    String helper,
    String host,
    String computer,
    String reason,
    String setting,
    String gpoId,
    String gpoName,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        String by = gpoName == null ? "" : " (" + setting + " in " + gpoName + ")";
        return helper + "'s offer of help to " + host + " was refused: " + reason + by;
    }
}
