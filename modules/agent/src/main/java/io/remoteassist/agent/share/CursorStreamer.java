package io.remoteassist.agent.share;

import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.protocol.CursorShape;
import io.remoteassist.transport.protocol.CursorUpdate;
import io.remoteassist.transport.protocol.PayloadCodec;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The pointer, apart from the pixels (screen grabs do not contain it): on its own thread, at most {@code fps} times a
 * second while the screen is shared, polls the {@link CursorSource} and hands a {@code CURSOR} frame to the sender when
 * the position moved, with the shape only when its serial changed (or the viewer starts over). The sender keeps only
 * the latest ({@link CursorSlot}), so a pointer moving faster than the link never queues up. A source that fails
 * (no display, headless JVM) stops the pointer, not the session.
 */
final class CursorStreamer implements AutoCloseable {

    private final CursorSource source;
    private final long periodNanos;
    private final Consumer<Frame> sink;
    private final Consumer<String> note;
    private final Thread thread;
    private final AtomicLong positions = new AtomicLong();
    private final AtomicLong shapes = new AtomicLong();
    private volatile boolean sharing;
    private volatile boolean resendShape = true;
    private volatile boolean running = true;
    private boolean sentAny;
    private int lastX;
    private int lastY;
    private long sentSerial;

    /**
     * @param sink where the clear frames go ({@link Outbound#offerCursor})
     * @param note tells the User what happened to the pointer when the source fails
     */
    CursorStreamer(CursorSource source, int fps, Consumer<Frame> sink, Consumer<String> note) {
        this.source = source;
        this.periodNanos = 1_000_000_000L / fps;
        this.sink = sink;
        this.note = note;
        this.thread = new Thread(this::loop, "ra-share-cursor");
        this.thread.setDaemon(true);
    }

    /** Starts the polling thread (idle until {@link #share}). */
    CursorStreamer start() {
        thread.start();
        return this;
    }

    /** Starts or stops sending the pointer; starting sends its position and shape again. */
    void share(boolean on) {
        if (on && !sharing) {
            refresh();
        }
        sharing = on;
    }

    /** The viewer starts again from nothing: the next poll sends the position and the shape. */
    void refresh() {
        resendShape = true;
    }

    /** @return position frames and shape frames handed to the sender */
    String figures() {
        return "cursor_moves=" + positions.get() + " cursor_shapes=" + shapes.get();
    }

    /** @return the pointer path in use: {@code x11-xfixes} (position and shape) or {@code awt-mouseinfo} */
    String sourceName() {
        return source.name();
    }

    /**
     * Polls once and hands over a frame if the pointer moved or its shape changed.
     *
     * @return whether a frame was handed over
     */
    boolean tick() {
        CursorState state = source.poll();
        CursorImage image = state.image();
        boolean fresh = resendShape;
        resendShape = false;
        boolean newShape = image != null && (fresh || !sentAny || image.serial() != sentSerial);
        int x = clamp(state.x());
        int y = clamp(state.y());
        if (!newShape && !fresh && sentAny && x == lastX && y == lastY) {
            return false;
        }
        Optional<CursorShape> shape = newShape ? Optional.of(shape(image)) : Optional.empty();
        sink.accept(PayloadCodec.encode(new CursorUpdate(x, y, shape)));
        sentAny = true;
        lastX = x;
        lastY = y;
        if (newShape) {
            sentSerial = image.serial();
            shapes.incrementAndGet();
        } else {
            positions.incrementAndGet();
        }
        return true;
    }

    /** ARGB ints to the wire's {@code A R G B} bytes; both sides cap at 128 pixels. */
    static CursorShape shape(CursorImage image) {
        int[] argb = image.argb();
        byte[] bytes = new byte[argb.length * 4];
        for (int i = 0; i < argb.length; i++) {
            bytes[i * 4] = (byte) (argb[i] >>> 24);
            bytes[i * 4 + 1] = (byte) (argb[i] >>> 16);
            bytes[i * 4 + 2] = (byte) (argb[i] >>> 8);
            bytes[i * 4 + 3] = (byte) argb[i];
        }
        return new CursorShape(image.hotX(), image.hotY(), image.width(), image.height(), bytes);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(0xFFFF, v));
    }

    private void loop() {
        try {
            while (running) {
                long started = System.nanoTime();
                if (sharing) {
                    tick();
                }
                long wait = periodNanos - (System.nanoTime() - started);
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                note.accept("cursor: " + e.getMessage() + "; the Helper no longer sees the pointer move");
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
