package io.remoteassist.agent.share;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileDecoder;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.ControlMode;
import io.remoteassist.transport.protocol.ControlState;
import io.remoteassist.transport.protocol.CursorUpdate;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.Ping;
import io.remoteassist.transport.protocol.PointerMove;
import io.remoteassist.transport.protocol.ScreenTile;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Helper's end of the screen benchmark: keys the channel like the console does, decodes every tile into its own
 * picture, answers pings, counts updates (tiles flagged {@code END_OF_UPDATE}) and wire bytes, and tells a
 * {@link Watch} when a watched pixel takes a watched colour.
 */
final class BenchViewer implements AutoCloseable {

    /** Waits for one pixel of the picture to become one colour. */
    record Watch(int x, int y, int rgb, long since) {
    }

    private final SecureChannel channel;
    private final RelaySocket socket;
    private final TileDecoder decoder = Capture.decoder();
    private final int width;
    private final int[] picture;
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong tiles = new AtomicLong();
    private volatile Watch watch;
    private volatile long cursor = -1;
    private volatile long seenNanos;
    private volatile String failure;

    BenchViewer(ServerApi api, String sessionId, int width, int height) {
        this.width = width;
        this.picture = new int[width * height];
        channel = new SecureChannel(sessionId, Role.HELPER, api.signingKey(), new SecureRandom());
        byte[] signature = api.signKey(sessionId, Role.HELPER.name(), channel.publicKey());
        socket = RelaySocket.connect(api.relay(sessionId, Role.HELPER.name()), api.credentials(), new Inbound());
        send(channel.offer(signature));
    }

    boolean keyed() {
        return channel.keyed();
    }

    long updates() {
        return updates.get();
    }

    long bytes() {
        return bytes.get();
    }

    long tiles() {
        return tiles.get();
    }

    String failure() {
        return failure;
    }

    int pixel(int x, int y) {
        return picture[y * width + x];
    }

    /** @return whether the latest pointer position received is (x, y) */
    boolean cursorAt(int x, int y) {
        return cursor == ((long) x << 16 | y);
    }

    /** Starts watching; {@link #seen()} turns non-zero when the pixel has the colour. */
    void watch(Watch next) {
        seenNanos = 0;
        watch = next;
        check();
    }

    /** @return when the watched pixel was decoded with its colour ({@link System#nanoTime()}), or 0 */
    long seen() {
        return seenNanos;
    }

    void requestControl() {
        sendSealed(PayloadCodec.encode(new ControlState(ControlMode.REQUESTED)));
    }

    void movePointer(int x, int y) {
        sendSealed(PayloadCodec.encode(new PointerMove(x, y)));
    }

    /** Seals and sends under one lock: sequence numbers must follow the wire order. */
    private synchronized void sendSealed(Frame clear) {
        send(channel.seal(clear));
    }

    private void send(Frame frame) {
        try {
            socket.send(frame);
        } catch (TransportException e) {
            failure = e.getMessage();
        }
    }

    private synchronized void check() {
        Watch w = watch;
        if (w != null && seenNanos == 0 && picture[w.y() * width + w.x()] == w.rgb()) {
            seenNanos = System.nanoTime();
            watch = null;
        }
    }

    @Override
    public void close() {
        socket.close(TransportStatus.SUCCESS);
    }

    private final class Inbound implements FrameSink {

        @Override
        public void accept(Frame frame) throws TransportException {
            bytes.addAndGet(frame.wireSize());
            Payload payload = PayloadCodec.decode(frame.encrypted() ? channel.open(frame) : frame);
            if (payload instanceof Auth auth) {
                channel.accept(auth);
            } else if (payload instanceof ScreenTile t) {
                synchronized (BenchViewer.this) {
                    decoder.decode(new EncodedTile(new Rect(t.x(), t.y(), t.width(), t.height()),
                        TileEncoding.ofId(t.encoding()), t.data()), picture, width);
                }
                tiles.incrementAndGet();
                if ((frame.flags() & Frame.END_OF_UPDATE) != 0) {
                    updates.incrementAndGet();
                }
                check();
            } else if (payload instanceof CursorUpdate c) {
                cursor = (long) c.x() << 16 | c.y();
            } else if (payload instanceof Ping ping) {
                sendSealed(PayloadCodec.encode(ping.answer()));
            } else if (frame.type() == FrameType.BYE) {
                failure = "the agent said goodbye";
            }
        }

        @Override
        public void closed(TransportStatus status) {
            if (status != TransportStatus.SUCCESS) {
                failure = "relay closed: " + status.meaning();
            }
        }
    }
}
