package io.remoteassist.capture.api;

import java.util.List;

/**
 * The screen source a factory picked, and why: {@code reason} is one line for the log; {@code attempts}
 * lists each path tried before it with the reason it was passed over, in order.
 */
public record SourceSelection(ScreenSource source, String reason, List<String> attempts) {

    /** Copies the attempt list. */
    public SourceSelection {
        attempts = List.copyOf(attempts);
    }
}
