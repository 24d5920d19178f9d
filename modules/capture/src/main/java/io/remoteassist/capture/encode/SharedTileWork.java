package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Encodes the tiles of one update on the calling thread and one helper thread of the process: both take the next
 * tile not yet taken, so the result is the same tiles in the same order as one thread would give, and a helper that
 * is busy (another update, no free core) leaves the caller to do it all; the caller then waits only for the tile the
 * helper is on, and not longer than {@link #HELPER_GRACE_NANOS}. Below {@link #MIN_SHARED} tiles the caller encodes
 * alone. Thread-safe.
 */
final class SharedTileWork {

    /** Fewer tiles than this are not worth a hand-over. */
    static final int MIN_SHARED = 6;

    /** How long the caller waits for the helper's last tiles before it encodes them itself. */
    static final long HELPER_GRACE_NANOS = 1_000_000L;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ra-capture-encode");
        thread.setDaemon(true);
        return thread;
    });

    private final TileEncoder tiles;
    private final boolean shared;
    private final AtomicLong helperCpuNanos = new AtomicLong();

    /** @param shared whether to use the helper thread at all */
    SharedTileWork(TileEncoder tiles, boolean shared) {
        this.tiles = tiles;
        this.shared = shared;
    }

    /** @return CPU time the helper thread spent on this object's tiles so far */
    long helperCpuNanos() {
        return helperCpuNanos.get();
    }

    /** Encodes {@code areas} of {@code frame}, in their order. */
    List<EncodedTile> encode(Frame frame, List<Rect> areas) {
        int n = areas.size();
        if (!shared || n < MIN_SHARED) {
            List<EncodedTile> out = new ArrayList<>(n);
            for (Rect area : areas) {
                out.add(tiles.encode(frame, area));
            }
            return out;
        }
        Batch batch = new Batch(frame, areas);
        try {
            HELPER.execute(() -> batch.work(true));
        } catch (RejectedExecutionException e) {
            // no helper: this thread does it all
        }
        batch.work(false);
        return batch.await();
    }

    private final class Batch {
        private final Frame frame;
        private final List<Rect> areas;
        private final AtomicReferenceArray<EncodedTile> out;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile RuntimeException failure;

        Batch(Frame frame, List<Rect> areas) {
            this.frame = frame;
            this.areas = areas;
            this.out = new AtomicReferenceArray<>(areas.size());
        }

        /** @param helper whether this is the helper thread, whose CPU time is counted before each tile is done */
        void work(boolean helper) {
            for (int i = next.getAndIncrement(); i < out.length(); i = next.getAndIncrement()) {
                long cpu = helper ? CPU.getCurrentThreadCpuTime() : 0;
                try {
                    EncodedTile tile = tiles.encode(frame, areas.get(i));
                    if (helper) {
                        helperCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
                    }
                    keep(i, tile);
                } catch (RuntimeException e) {
                    failure = e;
                    done.incrementAndGet();
                    wake();
                }
            }
        }

        private void keep(int i, EncodedTile tile) {
            if (out.compareAndSet(i, null, tile) && done.incrementAndGet() >= out.length()) {
                wake();
            }
        }

        private synchronized void wake() {
            notifyAll();
        }

        /**
         * Waits at most {@link #HELPER_GRACE_NANOS} for the tiles the helper is on; after that (the helper lost its
         * core) encodes them here too and keeps whichever copy is first: both are the same bytes.
         */
        List<EncodedTile> await() {
            long deadline = System.nanoTime() + HELPER_GRACE_NANOS;
            synchronized (this) {
                long left;
                while (done.get() < out.length() && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            for (int i = 0; i < out.length(); i++) {
                if (out.get(i) == null) {
                    keep(i, tiles.encode(frame, areas.get(i)));
                }
            }
            List<EncodedTile> list = new ArrayList<>(out.length());
            for (int i = 0; i < out.length(); i++) {
                list.add(out.get(i));
            }
            return list;
        }
    }
}
