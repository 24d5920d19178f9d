package io.remoteassist.capture.api;

/**
 * Replays input events on the User's desktop. Implementations are thread-safe unless they say otherwise.
 */
public interface InputInjector extends AutoCloseable {

    /**
     * Replays one event.
     *
     * @return {@code true} when the event was applied, {@code false} when it was dropped (no control,
     *         unknown key)
     * @throws CaptureException when the desktop cannot receive input any more
     */
    boolean inject(InputEvent event);

    /** Releases resources; injecting afterwards is an error. */
    @Override
    default void close() {
    }
}
