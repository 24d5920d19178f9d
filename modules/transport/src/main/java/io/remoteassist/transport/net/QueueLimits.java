package io.remoteassist.transport.net;

/**
 * Bounds of a {@link LatestWinsQueue}. Sizes are wire sizes (header included).
 *
 * @param reliableMaxFrames most reliable frames queued; one more overflows the queue
 * @param reliableMaxBytes  most reliable bytes queued; one more overflows the queue
 * @param droppableMaxBytes byte budget of droppable frames; beyond it the oldest are dropped. Should be at least
 *                          one maximal screen tile, or such tiles are always dropped
 */
public record QueueLimits(int reliableMaxFrames, long reliableMaxBytes, long droppableMaxBytes) {

    /** 1024 reliable frames or 1 MiB of them; 8 MiB of screen. */
    public static final QueueLimits DEFAULT = new QueueLimits(1024, 1024 * 1024, 8L * 1024 * 1024);

    /** Validates fields. */
    public QueueLimits {
        if (reliableMaxFrames < 1 || reliableMaxBytes < 1 || droppableMaxBytes < 1) {
            throw new IllegalArgumentException("queue limits must be positive");
        }
    }
}
