package io.remoteassist.transport.api;

/**
 * A bidirectional, frame-oriented link to the other end of a session, shaped like Guacamole's tunnel but
 * push-based: frames go out with {@link #send(Frame)} and come in through the {@link FrameSink} given to
 * {@link #receive(FrameSink)}.
 *
 * <p>Implementations are thread-safe for {@code send} and {@code close}. Decorators (encryption, recording)
 * wrap another tunnel and keep these rules.
 */
public interface Tunnel extends AutoCloseable {

    /**
     * Sends one frame to the other end.
     *
     * @param frame the frame
     * @throws TransportException if the tunnel is closed ({@link TransportStatus#GOING_AWAY}) or the frame is
     *                            refused; the status says why
     */
    void send(Frame frame) throws TransportException;

    /**
     * Sets where the other end's frames go. Call once, before frames can arrive.
     *
     * @param sink the receiver of inbound frames and of the close notice
     */
    void receive(FrameSink sink);

    /**
     * Closes the tunnel; the inbound sink is told {@link FrameSink#closed(TransportStatus)} once. Idempotent.
     *
     * @param status why the tunnel closes
     */
    void close(TransportStatus status);

    /** Closes with {@link TransportStatus#GOING_AWAY}. */
    @Override
    default void close() {
        close(TransportStatus.GOING_AWAY);
    }

    /** @return {@code true} until the tunnel is closed */
    boolean isOpen();
}
