package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.protocol.CursorUpdate;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The pointer frames waiting to be sent: at most one with a shape ({@link CursorUpdate#SHAPE_KEY}) and one with a
 * position alone ({@link CursorUpdate#KEY}); a newer frame replaces the queued one with its key (latest wins), a new
 * shape also replaces a waiting position (it carries a newer one). Never holds more than two frames. Not thread-safe:
 * the owner guards it.
 */
final class CursorSlot {

    private final LinkedHashMap<Integer, Frame> waiting = new LinkedHashMap<>();
    private long replaced;

    /** Queues a clear {@code CURSOR} frame, replacing what it supersedes. */
    void offer(Frame cursor) {
        if (cursor.key() == CursorUpdate.SHAPE_KEY && waiting.remove(CursorUpdate.KEY) != null) {
            replaced++;
        }
        if (waiting.remove(cursor.key()) != null) {
            replaced++;
        }
        waiting.put(cursor.key(), cursor);
    }

    /** Moves the waiting frames, oldest first, to {@code out}; returns their wire size. */
    long drainTo(List<Frame> out) {
        long bytes = 0;
        for (Frame frame : waiting.values()) {
            out.add(frame);
            bytes += frame.wireSize();
        }
        waiting.clear();
        return bytes;
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    int size() {
        return waiting.size();
    }

    /** @return frames superseded before they were sent */
    long replaced() {
        return replaced;
    }
}
