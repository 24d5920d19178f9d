package io.remoteassist.transport.net;

import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;

/**
 * The byte side of a {@link WireTunnel}: a WebSocket session, a socket stream, or another tunnel's input.
 * Implementations are called by one thread at a time.
 */
public interface WireOutput {

    /**
     * Writes one complete encoded frame (one WebSocket binary message, for instance).
     *
     * @param frame the frame's wire bytes; the implementation owns the buffer
     * @throws TransportException if the bytes cannot be written; the tunnel closes with its status
     */
    void write(ByteBuffer frame) throws TransportException;

    /**
     * Closes the byte stream, e.g. with {@code status.webSocketCode()}.
     *
     * @param status why
     */
    void close(TransportStatus status);
}
