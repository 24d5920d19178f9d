package io.remoteassist.agent.share;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code ops/ra bench screen}: the whole pipeline on a live X display — the User's agent ({@link ShareSession}:
 * capture, tile diff, encode, seal, send) → the running server's relay → a Helper ({@link BenchViewer}) that opens
 * and decodes every tile — and prints one line of key=value figures:
 * <ul>
 *   <li>{@code fps}: updates delivered to the Helper per second; {@code bytes_per_s}: frame bytes it received;
 *   <li>{@code capture_ms_p50}, {@code encode_ms_p50}: the agent's grab + diff and encode time per incremental update;
 *   <li>{@code g2g_ms_p50/p95}: glass to glass — a 16×16 square painted on the root window (bottom right, where the
 *       reference workload never draws) at a random moment, until the Helper decoded it; on a second line, where that
 *       time goes: {@code g2g_wait} from the paint to the start of the first grab after it, {@code g2g_encode} that
 *       update's grab, diff and encode until its tiles are queued, {@code g2g_transit} from there until the Helper
 *       decoded the square (seal, send, relay, open, decode);
 *   <li>{@code input_ms_p50}: a pointer move sent by the Helper until the X server reports the pointer there;
 *   <li>{@code cursor_echo_ms_p50}: the same move until the Helper receives the pointer's new position from the agent
 *       (what a Helper in control waits for to see the remote pointer follow);
 *   <li>{@code agent_cpu_s}: CPU time of the agent's capture, encode and send threads; {@code server_cpu_s}: of the server
 *       process (its pid in {@code RA_SERVER_PID}), both over the measured seconds.
 * </ul>
 * Optional files: READY (wait for it first) and GO (created once the Helper has the first full frame), as the
 * reference workload expects.
 *
 * <p>Usage: {@code ScreenBench SERVER SECONDS [lossless|lossy] [FPS] [READY GO]}
 */
public final class ScreenBench {

    private static final int PROBE = 16;

    private ScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        int seconds = Integer.parseInt(args[1]);
        boolean lossy = args.length > 2 && "lossy".equals(args[2]);
        int fps = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path ready = args.length > 5 ? Path.of(args[4]) : null;
        Path go = args.length > 5 ? Path.of(args[5]) : null;
        while (ready != null && !Files.exists(ready)) {
            Thread.sleep(50);
        }
        String display = System.getenv("DISPLAY");
        BenchSessions rest = new BenchSessions(server);
        String session = rest.open();
        ShareOptions options = new ShareOptions(server, session, display, true, true, fps, lossy, "bench",
            rest.user(session));
        // the agent says what happens (and why it ended) on stderr; the figures go to stdout
        PrintStream log = new PrintStream(System.err, true);
        try (ShareSession agent = new ShareSession(options, log, () -> false);
             XProbe probe = new XProbe(display)) {
            agent.start();
            agent.runInBackground("bench-follow");
            int width = agent.screenWidth();
            int height = agent.screenHeight();
            int px = width - PROBE - 8;
            int py = height - PROBE - 8;
            try (BenchViewer viewer = new BenchViewer(new ServerApi(server, rest.helper()), session, width,
                height)) {
                awaitFirstFrame(viewer, agent);
                rest.shareControl(session);
                if (go != null) {
                    Files.createFile(go);
                }
                Random random = new Random(7);
                List<Long> g2g = new ArrayList<>();
                List<Long> g2gWait = new ArrayList<>();
                List<Long> g2gEncode = new ArrayList<>();
                List<Long> g2gTransit = new ArrayList<>();
                List<Long> input = new ArrayList<>();
                List<Long> echo = new ArrayList<>();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long serverPid = Long.parseLong(System.getenv().getOrDefault("RA_SERVER_PID", "-1"));
                double serverCpu0 = BenchSessions.processCpuSeconds(serverPid);
                long agentCpu0 = agentCpuNanos(threads);
                long updates0 = viewer.updates();
                long bytes0 = viewer.bytes();
                long tiles0 = viewer.tiles();
                agent.streamFigures().reset();
                long start = System.nanoTime();
                long end = start + seconds * 1_000_000_000L;
                for (int i = 0; System.nanoTime() < end && viewer.failure() == null; i++) {
                    Thread.sleep(60 + random.nextInt(60));
                    int colour = 0x100000 * (1 + i % 14) | 0x00A0 + i % 2;
                    long t0 = System.nanoTime();
                    viewer.watch(new BenchViewer.Watch(px + PROBE / 2, py + PROBE / 2, colour, t0));
                    probe.paint(px, py, PROBE, PROBE, colour);
                    long drawn = System.nanoTime();
                    long painted = awaitSeen(viewer, t0);
                    if (painted > 0) {
                        g2g.add(painted - t0);
                        long[] update = agent.streamFigures().firstUpdateFrom(drawn);
                        if (update != null && update[1] <= painted) {
                            g2gWait.add(update[0] - t0);
                            g2gEncode.add(update[1] - update[0]);
                            g2gTransit.add(painted - update[1]);
                        }
                    }
                    if (i % 3 == 0 && agent.controlShared()) {
                        int tx = px + i % PROBE;
                        int ty = py - 20 - i % 7;
                        long m0 = System.nanoTime();
                        viewer.movePointer(tx, ty);
                        long moved = awaitPointer(probe, tx, ty);
                        if (moved > 0) {
                            input.add(moved - m0);
                        }
                        long echoed = awaitCursor(viewer, tx, ty, m0);
                        if (echoed > 0) {
                            echo.add(echoed - m0);
                        }
                    }
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                long updates = viewer.updates() - updates0;
                long bytes = viewer.bytes() - bytes0;
                double agentCpu = (agentCpuNanos(threads) - agentCpu0) / 1e9;
                double serverCpu = serverPid > 0 ? BenchSessions.processCpuSeconds(serverPid) - serverCpu0 : -1;
                StreamFigures figures = agent.streamFigures();
                System.out.printf("fps=%.1f bytes_per_s=%.0f capture_ms_p50=%.2f encode_ms_p50=%.2f "
                        + "capture_encode_ms_p50=%.2f capture_encode_cpu_ms_p50=%.2f g2g_ms_p50=%.1f g2g_ms_p95=%.1f input_ms_p50=%.1f cursor_echo_ms_p50=%.1f "
                        + "agent_cpu_s=%.2f server_cpu_s=%.2f seconds=%.1f encoding=%s probes=%d inputs=%d "
                        + "tiles_per_s=%.0f load_avg=%.1f source=%s%s%n"
                        + "g2g_wait_ms_p50=%.1f g2g_wait_ms_p95=%.1f g2g_encode_ms_p50=%.1f g2g_encode_ms_p95=%.1f "
                        + "g2g_transit_ms_p50=%.1f g2g_transit_ms_p95=%.1f%n",
                    updates / elapsed, bytes / elapsed, figures.captureMillisP50(), figures.encodeMillisP50(),
                    figures.totalMillisP50(), figures.cpuMillisP50(), percentile(g2g, 0.5), percentile(g2g, 0.95), percentile(input, 0.5),
                    percentile(echo, 0.5),
                    agentCpu, serverCpu, elapsed, lossy ? "lossy" : "lossless", g2g.size(), input.size(),
                    (viewer.tiles() - tiles0) / elapsed, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    agent.sourceName(), viewer.failure() == null ? "" : " failure=\"" + viewer.failure() + "\"",
                    percentile(g2gWait, 0.5), percentile(g2gWait, 0.95), percentile(g2gEncode, 0.5),
                    percentile(g2gEncode, 0.95), percentile(g2gTransit, 0.5), percentile(g2gTransit, 0.95));
            }
            try {
                rest.end(session);
            } catch (RuntimeException e) {
                // the figures are printed; a session that cannot be ended expires by itself
            }
        }
        System.exit(0);
    }

    private static void awaitFirstFrame(BenchViewer viewer, ShareSession agent) throws InterruptedException {
        for (int i = 0; i < 600 && viewer.updates() == 0; i++) {
            if (viewer.failure() != null) {
                throw new IllegalStateException(viewer.failure());
            }
            Thread.sleep(50);
        }
        if (viewer.updates() == 0) {
            throw new IllegalStateException("no first frame after 30 s (" + agent.figures() + ")");
        }
    }

    private static long awaitSeen(BenchViewer viewer, long t0) throws InterruptedException {
        while (System.nanoTime() - t0 < 2_000_000_000L) {
            long seen = viewer.seen();
            if (seen > 0) {
                return seen;
            }
            Thread.sleep(0, 200_000);
        }
        return 0;
    }

    private static long awaitPointer(XProbe probe, int x, int y) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 2_000_000_000L) {
            int[] at = probe.pointer();
            if (at[0] == x && at[1] == y) {
                return System.nanoTime();
            }
            Thread.sleep(0, 500_000);
        }
        return 0;
    }

    private static long awaitCursor(BenchViewer viewer, int x, int y, long t0) throws InterruptedException {
        while (System.nanoTime() - t0 < 2_000_000_000L) {
            if (viewer.cursorAt(x, y)) {
                return System.nanoTime();
            }
            Thread.sleep(0, 200_000);
        }
        return 0;
    }

    private static long agentCpuNanos(ThreadMXBean threads) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            // the capture, send and cursor threads, and the encoder's helper
            if (thread.getName().startsWith("ra-share") || thread.getName().startsWith("ra-capture")) {
                long cpu = threads.getThreadCpuTime(thread.getId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    private static double percentile(List<Long> samples, double p) {
        return StreamFigures.percentile(samples.stream().mapToLong(Long::longValue).toArray(), p);
    }
}
