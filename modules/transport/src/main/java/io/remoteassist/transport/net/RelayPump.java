package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves what a {@link RelayLink} holds for its endpoint into that endpoint's transport: what is waiting goes out in
 * batches of up to {@code batchBytes}, while fewer than {@code maxInFlight} bytes are written but not yet taken by
 * the transport, so that a slow reader makes screen frames coalesce in the relay's latest-wins queue instead of
 * piling up in buffers. {@link #pump()} may be called from any thread at any time (the relay's
 * {@link RelayPeer#outboundReady()}, a write completing); one caller at a time drains, and a call made while another
 * drains makes that one go round again, so no wake-up is lost.
 */
public final class RelayPump {

    /** The endpoint's transport. */
    @FunctionalInterface
    public interface Writer {

        /**
         * Writes frames in one message without blocking.
         *
         * @param frames  the frames, in order
         * @param bytes   their wire size
         * @param written to run once when the transport has taken the bytes, or failed to
         */
        void write(List<Frame> frames, int bytes, Runnable written);
    }

    private final long maxInFlight;
    private final int batchBytes;
    private final Writer writer;
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile RelayLink link;
    private volatile boolean stopped;

    /**
     * @param maxInFlight bytes written and not yet taken beyond which nothing more is written
     * @param batchBytes  about the most bytes per message
     * @param writer      the transport
     */
    public RelayPump(long maxInFlight, int batchBytes, Writer writer) {
        if (maxInFlight < 1 || batchBytes < 1) {
            throw new IllegalArgumentException("pump limits must be positive");
        }
        this.maxInFlight = maxInFlight;
        this.batchBytes = batchBytes;
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Starts pumping from {@code link} (what was queued before is sent now). */
    public void bind(RelayLink link) {
        this.link = Objects.requireNonNull(link, "link");
        pump();
    }

    /** Nothing more is written. */
    public void stop() {
        stopped = true;
    }

    /** @return bytes written and not yet taken by the transport */
    public long inFlight() {
        return inFlight.get();
    }

    /** Sends what is waiting while the transport has room. */
    public void pump() {
        if (requests.getAndIncrement() != 0) {
            return;
        }
        RuntimeException failure = null;
        int missed = 1;
        do {
            try {
                drain();
            } catch (RuntimeException e) {
                // never left claimed, even by a failing writer: that would silence the endpoint for good
                failure = failure == null ? e : failure;
            }
            missed = requests.addAndGet(-missed);
        } while (missed != 0);
        if (failure != null) {
            throw failure;
        }
    }

    private void drain() {
        RelayLink current = link;
        while (current != null && !stopped && inFlight.get() < maxInFlight) {
            Frame frame = current.poll();
            if (frame == null) {
                return;
            }
            List<Frame> batch = new ArrayList<>();
            int bytes = 0;
            while (frame != null) {
                batch.add(frame);
                bytes += frame.wireSize();
                frame = bytes < batchBytes ? current.poll() : null;
            }
            int size = bytes;
            inFlight.addAndGet(size);
            writer.write(batch, size, new Written(size));
        }
    }

    /** Gives the bytes back once, then pumps again. */
    private final class Written implements Runnable {

        private final int bytes;
        private boolean done;

        Written(int bytes) {
            this.bytes = bytes;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
            }
            inFlight.addAndGet(-bytes);
            pump();
        }
    }
}
