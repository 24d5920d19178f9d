package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.source.ScreenSources;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Records what the X11 source grabs from a live display at a fixed rate, for {@link UpdateReplayBench}: waits for
 * READYFILE, grabs the first (whole) frame, creates GOFILE, then grabs every 1/FPS s for SECONDS and keeps each grab
 * that had damage. Prints the grab's own median CPU time (what the replay leaves out).
 *
 * <pre>
 * ScreenTraceRecorder READYFILE GOFILE SECONDS FPS TRACEFILE
 * </pre>
 */
public final class ScreenTraceRecorder {

    private ScreenTraceRecorder() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        Path go = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        long period = 1_000_000_000L / Integer.parseInt(args[3]);
        Path trace = Path.of(args[4]);
        long readyDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(ready) && System.nanoTime() < readyDeadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<ScreenTrace.Entry> entries = new ArrayList<>();
        List<Long> grabCpu = new ArrayList<>();
        try (ScreenSource source = ScreenSources.best(null).source()) {
            entries.add(ScreenTrace.entryOf(source.grab()));
            Files.writeString(go, "go\n");
            long next = System.nanoTime();
            long end = next + (long) (seconds * 1e9);
            while (next < end) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += period;
                long c0 = cpu.getCurrentThreadCpuTime();
                Frame frame = source.grab();
                if (!frame.damage().isEmpty()) {
                    grabCpu.add(cpu.getCurrentThreadCpuTime() - c0);
                    entries.add(ScreenTrace.entryOf(frame));
                }
            }
            new ScreenTrace(source.width(), source.height(), entries).write(trace);
            long[] sorted = grabCpu.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("source=%s entries=%d grab_cpu_ms_p50=%.3f trace=%s (%d KB)%n", source.name(),
                    entries.size(), sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6, trace,
                    Files.size(trace) / 1024);
        }
    }
}
