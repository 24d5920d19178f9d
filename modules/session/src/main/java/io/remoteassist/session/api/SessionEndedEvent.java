package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/** The session is over; {@code duration} runs from the request. */
@Revision("1")
public record SessionEndedEvent(
    SessionId sessionId,
    String actor,
    String reason,
    Duration duration,
    Instant at) implements SessionEvent {

    @Override
    public String summary() {
        return actor + " ended the session (" + reason + ") after " + duration.toSeconds() + " s";
    }
}
