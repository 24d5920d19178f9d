package io.remoteassist.agent.share;

import java.util.Arrays;

/**
 * Capture (grab + tile diff) and encode times of the last {@link #KEPT} incremental updates, wall clock and the
 * CPU time of the capture thread and of the encoder's helper thread (which other processes on a busy machine inflate
 * less), for benchmarks and the log.
 * Thread-safe.
 */
final class StreamFigures {

    static final int KEPT = 1 << 14;

    /** How many of the latest updates' grab and encode times are kept for {@link #firstUpdateFrom(long)}. */
    static final int RECENT = 256;

    private final long[] capture = new long[KEPT];
    private final long[] encode = new long[KEPT];
    private final long[] cpu = new long[KEPT];
    private long count;
    private final long[] updateStart = new long[RECENT];
    private final long[] updateEnd = new long[RECENT];
    private long updates;

    synchronized void record(long captureNanos, long encodeNanos, long cpuNanos) {
        int slot = (int) (count++ % KEPT);
        capture[slot] = captureNanos;
        encode[slot] = encodeNanos;
        cpu[slot] = cpuNanos;
    }

    /** Any update, key frames included: its grab started at {@code startNanos}, its tiles were queued at {@code endNanos}. */
    synchronized void recordUpdate(long startNanos, long endNanos) {
        int slot = (int) (updates++ % RECENT);
        updateStart[slot] = startNanos;
        updateEnd[slot] = endNanos;
    }

    /**
     * @return {@code {start, end}} of the first update among the latest {@link #RECENT} whose grab started at or after
     * {@code nanos} ({@link System#nanoTime()}), or {@code null}
     */
    synchronized long[] firstUpdateFrom(long nanos) {
        for (long i = Math.max(0, updates - RECENT); i < updates; i++) {
            int slot = (int) (i % RECENT);
            if (updateStart[slot] - nanos >= 0) {
                return new long[] {updateStart[slot], updateEnd[slot]};
            }
        }
        return null;
    }

    /** @return the median CPU time (capture thread and encoder helper) for capture + encode, in milliseconds */
    double cpuMillisP50() {
        return median(cpu);
    }

    synchronized void reset() {
        count = 0;
    }

    synchronized long count() {
        return count;
    }

    /** @return the median capture time in milliseconds */
    double captureMillisP50() {
        return median(capture);
    }

    /** @return the median encode time in milliseconds */
    double encodeMillisP50() {
        return median(encode);
    }

    /** @return the median of capture + encode in milliseconds */
    synchronized double totalMillisP50() {
        int n = (int) Math.min(count, KEPT);
        long[] sum = new long[n];
        for (int i = 0; i < n; i++) {
            sum[i] = capture[i] + encode[i];
        }
        return percentile(sum, 0.5);
    }

    private synchronized double median(long[] samples) {
        return percentile(Arrays.copyOf(samples, (int) Math.min(count, KEPT)), 0.5);
    }

    static double percentile(long[] samples, double p) {
        if (samples.length == 0) {
            return 0;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }
}
