package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.api.Tunnel;
import java.util.Objects;

/**
 * Decorator that encrypts end to end once a session is keyed.
 *
 * <ul>
 *   <li>Outbound: every frame of an encryptable type is sealed with the {@link SessionCipher}; handshake
 *       frames ({@code HELLO}, {@code AUTH}) pass in clear.
 *   <li>Inbound: encrypted frames are opened (failures close the tunnel with the cipher's status); a clear
 *       frame of a confidential type closes it with {@link TransportStatus#ENCRYPTION_REQUIRED}; other clear
 *       frames (handshake, relay pings, relay goodbyes) pass through.
 * </ul>
 * Thread-safe as the wrapped tunnel is.
 */
public final class EncryptingTunnel implements Tunnel {

    private final Tunnel inner;
    private final SessionCipher cipher;

    /**
     * @param inner  the tunnel to the relay or the peer
     * @param cipher keys of this session, for this end's role
     */
    public EncryptingTunnel(Tunnel inner, SessionCipher cipher) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public void send(Frame frame) throws TransportException {
        inner.send(frame.type().encryptable() && !frame.encrypted() ? cipher.seal(frame) : frame);
    }

    @Override
    public void receive(FrameSink sink) {
        Objects.requireNonNull(sink, "sink");
        inner.receive(new FrameSink() {
            @Override
            public void accept(Frame frame) throws TransportException {
                if (frame.encrypted()) {
                    sink.accept(cipher.open(frame));
                } else if (frame.type().confidential()) {
                    throw new TransportException(TransportStatus.ENCRYPTION_REQUIRED, frame.type() + " in clear");
                } else {
                    sink.accept(frame);
                }
            }

            @Override
            public void closed(TransportStatus status) {
                sink.closed(status);
            }
        });
    }

    @Override
    public void close(TransportStatus status) {
        inner.close(status);
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }
}
