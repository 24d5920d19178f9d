package io.remoteassist.agent.share;

/**
 * When the capture loop may send its next update: at a fixed rate of {@code fps} slots per second, not a fixed delay
 * after the last send. A send that comes late (the thread woke late, the previous update was still going out) takes
 * the lateness from the next wait instead of pushing every later slot back, so a screen that keeps changing gets
 * {@code fps} updates per second and not a little less. After an idle stretch (a send more than one period late) the
 * schedule starts again from that send, so a burst of change never gets two updates closer than the catch-up of one
 * late slot. Times are {@link System#nanoTime()} values. Not thread-safe.
 */
final class UpdatePacer {

    private final long periodNanos;
    private long next;
    private boolean started;

    UpdatePacer(int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, not " + fps);
        }
        this.periodNanos = 1_000_000_000L / fps;
    }

    long periodNanos() {
        return periodNanos;
    }

    /** @return how long to wait from {@code now} until the next slot, 0 when an update may go now */
    long waitNanos(long now) {
        return started ? Math.max(0, next - now) : 0;
    }

    /** An update went out at {@code now} (it was due). */
    void sent(long now) {
        if (!started || now - next >= periodNanos) {
            next = now + periodNanos;
            started = true;
        } else {
            next += periodNanos;
        }
    }
}
