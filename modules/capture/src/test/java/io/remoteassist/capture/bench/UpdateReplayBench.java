package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.capture.encode.AdaptiveTileEncoder;
import io.remoteassist.capture.encode.CopyingUpdateEncoder;
import io.remoteassist.capture.encode.TileDiffer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Replays a {@link ScreenTraceRecorder} trace through the agent's change detection and update encoder, PASSES times
 * (the first to warm up), and prints the median CPU time per incremental update of the diff, of the encode and of
 * both (with {@code shared}, the encoder's helper thread's CPU time included), their wall-clock median, the mean of both in the pass that took least CPU (the figure least moved by other processes), the bytes of one pass and a CRC-32 of everything one pass encodes (the same CRC means the same output).
 *
 * <pre>
 * UpdateReplayBench TRACEFILE [PASSES] [shared]
 * </pre>
 */
public final class UpdateReplayBench {

    private UpdateReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        ScreenTrace trace = ScreenTrace.read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        boolean shared = args.length > 2 && "shared".equals(args[2]);
        int updates = trace.entries.size() - 1;
        long[] diff = new long[updates * (passes - 1)];
        long[] encode = new long[diff.length];
        long[] both = new long[diff.length];
        long[] wall = new long[diff.length];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        long tiles = 0;
        long crc = 0;
        long[] kinds = new long[TileEncoding.values().length];
        long bestPass = Long.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            int[] screen = new int[trace.width * trace.height];
            TileDiffer differ = new TileDiffer(trace.width, trace.height);
            CopyingUpdateEncoder encoder = new CopyingUpdateEncoder(trace.width, trace.height,
                    new AdaptiveTileEncoder(EncoderSettings.lossless()), shared);
            CRC32 sum = new CRC32();
            bytes = 0;
            tiles = 0;
            Arrays.fill(kinds, 0);
            long passCpu = 0;
            for (int i = 0; i < trace.entries.size(); i++) {
                ScreenTrace.Entry entry = trace.entries.get(i);
                trace.apply(entry, screen);
                Frame frame = new Frame(trace.width, trace.height, screen, entry.damage(), i == 0, i, 0);
                long w0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                List<Rect> changed = differ.changedTiles(frame);
                long c1 = cpu.getCurrentThreadCpuTime();
                long helper = encoder.helperCpuNanos();
                List<EncodedTile> out = changed.isEmpty() ? List.of() : encoder.encode(frame, changed);
                long c2 = cpu.getCurrentThreadCpuTime() + encoder.helperCpuNanos() - helper;
                long w2 = System.nanoTime();
                for (EncodedTile tile : out) {
                    byte[] wire = tile.toBytes();
                    sum.update(wire);
                    bytes += wire.length;
                    kinds[tile.encoding().ordinal()]++;
                }
                tiles += out.size();
                passCpu += i > 0 ? c2 - c0 : 0;
                if (pass > 0 && i > 0) {
                    int k = (pass - 1) * updates + i - 1;
                    diff[k] = c1 - c0;
                    encode[k] = c2 - c1;
                    both[k] = c2 - c0;
                    wall[k] = w2 - w0;
                }
            }
            crc = sum.getValue();
            bestPass = pass > 0 ? Math.min(bestPass, passCpu) : bestPass;
        }
        System.out.printf("updates=%d tiles=%d bytes=%d crc=%08x diff_cpu_ms_p50=%.3f encode_cpu_ms_p50=%.3f "
                + "diff_encode_cpu_ms_p50=%.3f diff_encode_cpu_ms_p90=%.3f best_pass_cpu_ms_mean=%.3f "
                + "diff_encode_wall_ms_p50=%.3f encoding=%s%n", updates, tiles, bytes, crc, percentile(diff, 0.5),
                percentile(encode, 0.5), percentile(both, 0.5), percentile(both, 0.9), bestPass / 1e6 / updates,
                percentile(wall, 0.5), shared ? "shared" : "one-thread");
        StringBuilder perKind = new StringBuilder("tiles_by_encoding:");
        for (TileEncoding kind : TileEncoding.values()) {
            perKind.append(' ').append(kind.name().toLowerCase()).append('=').append(kinds[kind.ordinal()]);
        }
        System.out.println(perKind);
    }

    private static double percentile(long[] samples, double p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }
}
