package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** {@code party}'s connection is lost; the session ends at {@code graceEndsAt} unless every lost party is back. */
@Revision("1")
public record ConnectionLostEvent(
    SessionId sessionId,
    String party,
    Instant graceEndsAt,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return party;
    }

    @Override
    public String summary() {
        return "the connection to " + party + " was lost; the session ends at " + graceEndsAt
            + " unless it comes back";
    }
}
