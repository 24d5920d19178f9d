package io.remoteassist.transport.api;

/**
 * Receives frames, in order, from a tunnel, a parser or a relay.
 *
 * <p>Implementations are called from one thread at a time per source. Throwing a {@link TransportException}
 * from {@link #accept(Frame)} asks the source to stop and close with the exception's status.
 */
@FunctionalInterface
public interface FrameSink {

    /**
     * Takes one frame.
     *
     * @param frame the frame; its payload array is handed over, not copied
     * @throws TransportException if the frame is refused; the source closes with its status
     */
    void accept(Frame frame) throws TransportException;

    /**
     * Told once when the source closes; nothing more arrives afterwards.
     *
     * @param status why the source closed
     */
    default void closed(TransportStatus status) {
        // most sinks only care about frames
    }
}
