package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded outbound queue for one peer, with three lanes, used by the relay (and usable by an agent's sender).
 *
 * <ul>
 *   <li><b>Reliable lane</b> (input, control, chat, handshake, liveness, goodbye): FIFO, never dropped, bounded
 *       by frame count and bytes. A frame that does not fit is refused with {@link Offer#OVERFLOW}: the reader
 *       is too slow and the link must close.
 *   <li><b>Screen lane</b> (screen tiles): bounded by a byte budget. A frame whose type and
 *       {@link Frame#key()} match a queued one replaces it ({@link Offer#REPLACED}); the newer frame moves to the
 *       tail so that the lane stays in send order, which the cipher's sequence numbers require. Over budget, the
 *       oldest droppable frames are dropped. Unkeyed ({@code key == 0}) droppable frames never replace.
 *   <li><b>Pointer lane</b> ({@code CURSOR}): droppable and keyed like the screen, within the same budget (dropped
 *       after the screen's frames), but kept apart and served before the screen, so the pointer is never held behind
 *       a big update. It has a cipher lane of its own, so it may overtake tiles sealed before it.
 *   <li>{@link #poll()} serves the reliable lane first, then the pointer, then the screen.
 * </ul>
 * Never looks at payloads. All methods are synchronized.
 */
public final class LatestWinsQueue {

    /** What {@link #offer(Frame)} did. */
    public enum Offer {
        /** Appended. */
        QUEUED,
        /** Replaced an older frame with the same type and key. */
        REPLACED,
        /** A droppable frame larger than the whole budget: dropped at once. */
        DROPPED,
        /** The reliable lane is full; the frame was not queued. */
        OVERFLOW
    }

    private final QueueLimits limits;
    private final ArrayDeque<Frame> reliable = new ArrayDeque<>();
    private final LinkedHashMap<Long, Frame> droppable = new LinkedHashMap<>();
    private final LinkedHashMap<Long, Frame> pointer = new LinkedHashMap<>();
    private long reliableBytes;
    private long droppableBytes;
    private long unkeyed = 1L << 40;
    private long droppedFrames;
    private long replacedFrames;
    private long overflows;

    /**
     * @param limits the bounds
     */
    public LatestWinsQueue(QueueLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param frame a frame for the peer
     * @return what happened to it
     */
    public synchronized Offer offer(Frame frame) {
        int size = frame.wireSize();
        if (!frame.type().droppable()) {
            if (reliable.size() >= limits.reliableMaxFrames() || reliableBytes + size > limits.reliableMaxBytes()) {
                overflows++;
                return Offer.OVERFLOW;
            }
            reliable.addLast(frame);
            reliableBytes += size;
            return Offer.QUEUED;
        }
        if (size > limits.droppableMaxBytes()) {
            droppedFrames++;
            return Offer.DROPPED;
        }
        // type codes fit in 8 bits, so keyed slots stay below 1 << 40 and unkeyed ones above
        Long slot = frame.key() == 0 ? unkeyed++ : (long) frame.type().code() << 32 | (frame.key() & 0xFFFF_FFFFL);
        LinkedHashMap<Long, Frame> lane = frame.type() == FrameType.CURSOR ? pointer : droppable;
        Frame older = lane.remove(slot);
        if (older != null) {
            droppableBytes -= older.wireSize();
            replacedFrames++;
        }
        Iterator<Frame> oldest = droppable.values().iterator();
        Iterator<Frame> oldestPointer = pointer.values().iterator();
        while (droppableBytes + size > limits.droppableMaxBytes()) {
            Iterator<Frame> from = oldest.hasNext() ? oldest : oldestPointer;
            droppableBytes -= from.next().wireSize();
            from.remove();
            droppedFrames++;
        }
        lane.put(slot, frame);
        droppableBytes += size;
        return older != null ? Offer.REPLACED : Offer.QUEUED;
    }

    /** @return the next frame to send, reliable first, or {@code null} if empty */
    public synchronized Frame poll() {
        Frame next = reliable.pollFirst();
        if (next != null) {
            reliableBytes -= next.wireSize();
            return next;
        }
        Iterator<Map.Entry<Long, Frame>> first = (pointer.isEmpty() ? droppable : pointer).entrySet().iterator();
        if (!first.hasNext()) {
            return null;
        }
        next = first.next().getValue();
        first.remove();
        droppableBytes -= next.wireSize();
        return next;
    }

    /** Drops everything queued (counted as dropped). */
    public synchronized void clear() {
        droppedFrames += reliable.size() + droppable.size() + pointer.size();
        reliable.clear();
        droppable.clear();
        pointer.clear();
        reliableBytes = 0;
        droppableBytes = 0;
    }

    /** @return {@code true} if nothing is queued */
    public synchronized boolean isEmpty() {
        return reliable.isEmpty() && droppable.isEmpty() && pointer.isEmpty();
    }

    /** @return frames queued in both lanes */
    public synchronized int size() {
        return reliable.size() + droppable.size() + pointer.size();
    }

    /** @return droppable (screen and pointer) frames queued */
    public synchronized int droppableCount() {
        return droppable.size() + pointer.size();
    }

    /** @return wire bytes queued in both lanes */
    public synchronized long queuedBytes() {
        return reliableBytes + droppableBytes;
    }

    /** @return droppable frames dropped for the budget, plus frames discarded by {@link #clear()} */
    public synchronized long droppedFrames() {
        return droppedFrames;
    }

    /** @return droppable frames superseded by a newer one with the same key */
    public synchronized long replacedFrames() {
        return replacedFrames;
    }

    /** @return reliable frames refused because the lane was full */
    public synchronized long overflows() {
        return overflows;
    }
}
