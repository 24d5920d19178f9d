package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat line. Layout: {@code sent at (i64, epoch milliseconds) | sender (u16 length, UTF-8)
 * | text (u16 length, UTF-8)}. Both strings are untrusted: encode before showing.
 *
 * @param sender display name of the sender
 * @param text   the message
 * @param sentAt when the sender wrote it, millisecond precision on the wire
 */
public record ChatMessage(String sender, String text, Instant sentAt) implements Payload {

    /** Validates fields. */
    public ChatMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    @Override
    public FrameType type() {
        return FrameType.CHAT;
    }
}
