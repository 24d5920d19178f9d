package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/** {@code party}'s connection came back after {@code outage}. */
@Revision("1")
public record ConnectionRestoredEvent(
    SessionId sessionId,
    String party,
    Duration outage,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return party;
    }

    @Override
    public String summary() {
        return "the connection to " + party + " is back after " + outage.toSeconds() + " s";
    }
}
