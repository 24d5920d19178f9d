package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.net.LatestWinsQueue;
import io.remoteassist.transport.net.QueueLimits;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.Ping;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The agent's send side: a {@link LatestWinsQueue} (reliable frames first, never dropped; a newer tile replaces a
 * queued one at the same place; screen bytes waiting are bounded by {@link #SCREEN_BUDGET}) drained by one thread
 * that seals each frame just before it goes out, so sequence numbers follow the wire order, and sends what is waiting
 * in one WebSocket message of up to {@link #BATCH_BYTES}. With the socket's blocking send, at most one message is
 * in flight beyond the kernel's buffer; everything else waits here and coalesces.
 *
 * <p>The pointer waits apart, in a {@link CursorSlot} (the latest position and the latest shape, nothing more): it
 * goes out after the input, control and chat frames waiting and before any screen tile, so a big screen update never
 * holds it back. It is sealed in the droppable lane like the tiles, in the order it goes out.
 */
final class Outbound implements AutoCloseable {

    /** Screen bytes that may wait to be sent; beyond that the oldest tiles are dropped. */
    static final long SCREEN_BUDGET = 4L * 1024 * 1024;

    /** Bytes sent but not yet acknowledged by the viewer beyond which no new update is grabbed. */
    static final long MAX_UNACKNOWLEDGED = 1024 * 1024;

    /** Frames are sent together up to about this many bytes per WebSocket message. */
    static final long BATCH_BYTES = 64 * 1024;

    private final LatestWinsQueue queue = new LatestWinsQueue(new QueueLimits(4096, 4L * 1024 * 1024, SCREEN_BUDGET));
    private final CursorSlot cursor = new CursorSlot();
    private final RelaySocket socket;
    private final SecureChannel channel;
    private final Consumer<TransportException> failed;
    private final Thread sender;
    private final AtomicLong sentBytes = new AtomicLong();
    private final AtomicLong acknowledgedBytes = new AtomicLong();
    private final AtomicLong lossesSeen = new AtomicLong();
    private volatile long screenQueued;
    private volatile boolean running = true;

    Outbound(RelaySocket socket, SecureChannel channel, Consumer<TransportException> failed) {
        this.socket = socket;
        this.channel = channel;
        this.failed = failed;
        this.sender = new Thread(this::drain, "ra-share-sender");
        this.sender.setDaemon(true);
        this.sender.start();
    }

    /** Queues a clear frame; encryptable frames are sealed when sent. */
    void offer(Frame frame) {
        offerAll(List.of(frame));
    }

    /**
     * Queues clear frames together: the sender wakes once, when all of them wait, so the tiles of one update leave in
     * as few messages as {@link #BATCH_BYTES} allows rather than one message for the first tile and more for the rest.
     */
    void offerAll(List<Frame> frames) {
        synchronized (queue) {
            for (Frame frame : frames) {
                if (frame.type().droppable()) {
                    screenQueued++;
                }
                if (queue.offer(frame) == LatestWinsQueue.Offer.OVERFLOW) {
                    failed.accept(new TransportException(io.remoteassist.transport.api.TransportStatus.QUEUE_OVERFLOW,
                        "the relay does not take our frames"));
                }
            }
            queue.notifyAll();
        }
    }

    /** Queues a clear {@code CURSOR} frame; it replaces the waiting one it supersedes (see {@link CursorSlot}). */
    void offerCursor(Frame frame) {
        synchronized (queue) {
            cursor.offer(frame);
            queue.notifyAll();
        }
    }

    /** @return pointer frames superseded by a newer one before they were sent */
    long cursorCoalesced() {
        synchronized (queue) {
            return cursor.replaced();
        }
    }

    /**
     * @return {@code true} when no screen frame waits here and the viewer has acknowledged all but
     * {@link #MAX_UNACKNOWLEDGED} of the bytes sent (each update is followed by a {@code PING} carrying the byte count
     * so far; the viewer's {@code PONG} echoes it)
     */
    boolean readyForUpdate() {
        return screenQueued == 0 && sentBytes.get() - acknowledgedBytes.get() <= MAX_UNACKNOWLEDGED;
    }

    /** The viewer echoed a PING: everything sent before it has arrived. */
    void acknowledged(long bytes) {
        acknowledgedBytes.accumulateAndGet(Math.min(bytes, sentBytes.get()), Math::max);
    }

    /** @return {@code true} once for each time screen frames were dropped here since the last call */
    boolean takeLoss() {
        long lost = queue.droppedFrames() + queue.replacedFrames();
        return lossesSeen.getAndSet(lost) != lost;
    }

    /** @return screen and control bytes sent so far, headers included */
    long sentBytes() {
        return sentBytes.get();
    }

    /** @return tiles dropped or replaced before they could be sent */
    long coalesced() {
        return queue.droppedFrames() + queue.replacedFrames();
    }

    /** @return bytes waiting to be sent */
    long queuedBytes() {
        return queue.queuedBytes();
    }

    /**
     * Takes the frames of one WebSocket message, up to about {@link #BATCH_BYTES} (the relay parses any chunking):
     * {@code first} and what follows it in {@code queue} (reliable frames first), with the waiting pointer frames put
     * after the reliable frames and before the first screen tile. The caller holds the queue's lock.
     *
     * @param first the frame already taken from {@code queue}, or {@code null} if it was empty
     */
    static void nextBatch(Frame first, LatestWinsQueue queue, CursorSlot cursor, List<Frame> batch) {
        Frame next = first;
        long bytes = 0;
        boolean pointerTaken = false;
        while (true) {
            boolean reliableOut = next == null ? queue.size() == queue.droppableCount() : next.type().droppable();
            if (!pointerTaken && reliableOut) {
                bytes += cursor.drainTo(batch);
                pointerTaken = true;
            }
            if (next == null) {
                return;
            }
            batch.add(next);
            bytes += next.wireSize();
            next = bytes < BATCH_BYTES ? queue.poll() : null;
        }
    }

    private void drain() {
        List<Frame> batch = new ArrayList<>();
        try {
            while (running) {
                synchronized (queue) {
                    Frame next = queue.poll();
                    if (next == null && cursor.isEmpty()) {
                        queue.wait(100);
                        continue;
                    }
                    nextBatch(next, queue, cursor, batch);
                    screenQueued = queue.droppableCount();
                }
                List<Frame> wire = new ArrayList<>(batch.size());
                for (Frame frame : batch) {
                    boolean seal = frame.type().encryptable() && !frame.encrypted() && channel.keyed();
                    Frame sealed = seal ? channel.seal(frame) : frame;
                    // never in clear: only reachable before the key agreement, and nothing is sent then
                    if (!sealed.type().confidential() || sealed.encrypted()) {
                        wire.add(sealed);
                        long sent = sentBytes.addAndGet(sealed.wireSize());
                        if ((frame.flags() & Frame.END_OF_UPDATE) != 0) {
                            Frame ping = PayloadCodec.encode(new Ping(sent));
                            wire.add(ping);
                            sentBytes.addAndGet(ping.wireSize());
                        }
                    }
                }
                batch.clear();
                socket.send(wire);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TransportException e) {
            if (running) {
                failed.accept(e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
    }
}
