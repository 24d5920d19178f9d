package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.SourceSelection;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.capture.encode.AdaptiveTileEncoder;
import io.remoteassist.capture.encode.TileDiffer;
import io.remoteassist.capture.source.ScreenSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Capture and encode timings on a live X display running the reference desktop workload.
 *
 * <pre>
 * X11CaptureBench READYFILE GOFILE SECONDS [lossless|jpeg]
 * </pre>
 * Waits for READYFILE, sends (encodes) the first full frame, creates GOFILE, then grabs as fast as changes
 * come for SECONDS, on one thread, and prints medians and throughput.
 */
public final class X11CaptureBench {

    private X11CaptureBench() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        Path go = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        boolean jpeg = args.length > 3 && args[3].equals("jpeg");
        long readyDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(ready) && System.nanoTime() < readyDeadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        SourceSelection selection = ScreenSources.best(null);
        TileEncoder encoder =
                new AdaptiveTileEncoder(jpeg ? EncoderSettings.adaptive(0.6f) : EncoderSettings.lossless());
        try (ScreenSource source = selection.source()) {
            ChangeDetector differ = new TileDiffer(source.width(), source.height());
            Frame first = source.grab();
            for (Rect tile : differ.changedTiles(first)) {
                encoder.encode(first, tile);
            }
            Files.writeString(go, "go\n");
            List<Double> captureAll = new ArrayList<>();
            List<Double> captureDamaged = new ArrayList<>();
            List<Double> encode = new ArrayList<>();
            long bytes = 0;
            long tiles = 0;
            int updates = 0;
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                Frame frame = source.grab();
                long t1 = System.nanoTime();
                captureAll.add((t1 - t0) / 1e6);
                if (frame.damage().isEmpty()) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                    continue;
                }
                captureDamaged.add((t1 - t0) / 1e6);
                List<Rect> changed = differ.changedTiles(frame);
                for (Rect tile : changed) {
                    bytes += encoder.encode(frame, tile).wireSize();
                }
                encode.add((System.nanoTime() - t1) / 1e6);
                tiles += changed.size();
                updates += changed.isEmpty() ? 0 : 1;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("source=%s encoder=%s seconds=%.1f%n", source.name(), jpeg ? "adaptive-q0.6" : "lossless",
                    elapsed);
            System.out.printf("capture_ms_p50=%.3f capture_ms_p95=%.3f (frames with damage: %d)%n",
                    percentile(captureDamaged, 50), percentile(captureDamaged, 95), captureDamaged.size());
            System.out.printf("capture_ms_p50_all_polls=%.3f (polls: %d)%n", percentile(captureAll, 50),
                    captureAll.size());
            System.out.printf("encode_ms_p50=%.3f encode_ms_p95=%.3f (diff + encode of changed tiles)%n",
                    percentile(encode, 50), percentile(encode, 95));
            System.out.printf("updates_per_s=%.1f tiles_per_update=%.1f kbytes_per_s=%.0f%n", updates / elapsed,
                    updates == 0 ? 0.0 : (double) tiles / updates, bytes / 1024.0 / elapsed);
        }
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }
}
