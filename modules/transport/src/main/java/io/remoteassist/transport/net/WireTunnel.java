package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.api.Tunnel;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A tunnel over any byte transport, independent of the WebSocket library: outbound frames are encoded, one per
 * {@link WireOutput#write(ByteBuffer)}; inbound bytes, in whatever chunks the transport delivers them, are
 * given to {@link #feed(ByteBuffer)} and parsed incrementally.
 *
 * <p>A protocol error in the inbound bytes, or a frame refused by the sink, closes the tunnel with that
 * status. {@code send} and {@code close} are thread-safe; {@code feed} is serialized internally.
 */
public final class WireTunnel implements Tunnel {

    private static final FrameSink NOT_READY = frame -> {
        throw new TransportException(TransportStatus.INTERNAL_ERROR, "frame before receive() was set");
    };

    private final WireOutput output;
    private final FrameParser parser;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private volatile FrameSink sink = NOT_READY;

    /**
     * @param output where encoded frames go
     */
    public WireTunnel(WireOutput output) {
        this(output, FrameCodec.DEFAULT_MAX_PAYLOAD);
    }

    /**
     * @param output     where encoded frames go
     * @param maxPayload inbound payload cap in bytes
     */
    public WireTunnel(WireOutput output, int maxPayload) {
        this.output = Objects.requireNonNull(output, "output");
        this.parser = new FrameParser(maxPayload);
    }

    /**
     * Takes inbound bytes from the transport.
     *
     * @param bytes any chunk of the inbound stream; consumed entirely unless the tunnel closes
     * @return {@code true} if the tunnel is still open afterwards
     */
    public boolean feed(ByteBuffer bytes) {
        synchronized (parser) {
            if (!open.get()) {
                return false;
            }
            try {
                parser.feed(bytes, frame -> {
                    if (open.get()) {
                        sink.accept(frame);
                    }
                });
            } catch (TransportException e) {
                close(e.status());
            }
        }
        return open.get();
    }

    @Override
    public synchronized void send(Frame frame) throws TransportException {
        if (!open.get()) {
            throw new TransportException(TransportStatus.GOING_AWAY, "tunnel closed");
        }
        try {
            output.write(ByteBuffer.wrap(FrameCodec.encode(frame)));
        } catch (TransportException e) {
            close(e.status());
            throw e;
        }
    }

    @Override
    public void receive(FrameSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void close(TransportStatus status) {
        if (open.compareAndSet(true, false)) {
            output.close(status);
            sink.closed(status);
        }
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }
}
