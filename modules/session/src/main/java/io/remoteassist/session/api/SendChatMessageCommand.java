package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A participant (the User or the Helper) sends a chat message while connected. {@code text} is
 * trimmed and must then hold 1 to {@value #MAX_LENGTH} characters (Unicode code points). The text is
 * untrusted: consoles encode it on output.
 */
public record SendChatMessageCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String sender,
    String text,
    Instant at) {

    /** The longest message, in Unicode code points after trimming. */
    public static final int MAX_LENGTH = 4000;
}
