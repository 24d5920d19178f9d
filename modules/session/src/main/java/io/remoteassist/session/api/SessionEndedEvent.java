package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/**
 * The session is over; {@code duration} runs from the request. {@code actor} is a participant or
 * {@code system}; {@code reason} is free text from a participant, or one of the system reasons of
 * {@link EndSessionCommand}. {@code sessionSummary} sums the session up.
 */
@Revision("1")
public record SessionEndedEvent(
    SessionId sessionId,
    String actor,
    String reason,
    Duration duration,
    Instant at,
    SessionSummary sessionSummary) implements SessionEvent {

    @Override
    public String summary() {
        return actor + " ended the session (" + reason + ") after " + duration.toSeconds() + " s";
    }
}
