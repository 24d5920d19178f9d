package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A chat message, trimmed; {@code recipient} is the other participant. The summary leaves the text out. */
@Revision("1")
public record ChatMessageSentEvent(
    SessionId sessionId,
    String sender,
    String recipient,
    String text,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return sender;
    }

    @Override
    public String summary() {
        return sender + " sent " + recipient + " a chat message (" + text.codePointCount(0, text.length())
            + " characters)";
    }
}
