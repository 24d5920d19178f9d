package io.remoteassist.agent.bench;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.SourceSelection;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.net.SessionCipher;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ops/ra bench screen}: the agent's send path on a live X display, as fast as it goes — grab, 64×64 diff,
 * encode, frame and seal each changed tile — and prints key=value figures: updates per second (grabs with at least
 * one changed tile), KB/s on the wire, tiles/s, and the per-grab cost. Optional files: READY (wait for it before the
 * first grab) and GO (created after the first full frame), as the reference workload expects.
 *
 * <p>Usage: {@code ScreenBench SECONDS [lossless|lossy] [READY GO]}
 */
public final class ScreenBench {

    private ScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        boolean lossy = args.length > 1 && "lossy".equals(args[1]);
        Path ready = args.length > 3 ? Path.of(args[2]) : null;
        Path go = args.length > 3 ? Path.of(args[3]) : null;
        while (ready != null && !Files.exists(ready)) {
            Thread.sleep(50);
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SessionCipher cipher = SessionCipher.create(secret, "bench".getBytes(), Role.USER);
        SourceSelection selection = Capture.bestSource(null);
        try (ScreenSource source = selection.source()) {
            ChangeDetector detector = Capture.changeDetector(source.width(), source.height());
            TileEncoder encoder = Capture.encoder(lossy ? EncoderSettings.adaptive(0.7f) : EncoderSettings.lossless());
            send(source.grab(), detector, encoder, cipher);
            if (go != null) {
                Files.createFile(go);
            }
            long[] frameNanos = new long[seconds * 2000];
            int frames = 0;
            long updates = 0;
            long bytes = 0;
            long tiles = 0;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end && frames < frameNanos.length) {
                long t0 = System.nanoTime();
                long[] sent = send(source.grab(), detector, encoder, cipher);
                frameNanos[frames++] = System.nanoTime() - t0;
                if (sent[0] > 0) {
                    updates++;
                    tiles += sent[0];
                    bytes += sent[1];
                }
                // a real client cannot usefully update faster than the display refreshes
                long pause = 16_000_000L - (System.nanoTime() - t0);
                if (pause > 0) {
                    Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(frameNanos, frames);
            Arrays.sort(sorted);
            System.out.printf("source=%s width=%d height=%d encoding=%s seconds=%.1f grabs=%d%n", source.name(),
                source.width(), source.height(), lossy ? "lossy" : "lossless", elapsed, frames);
            System.out.printf("updates_per_s=%.1f kbytes_per_s=%.0f tiles_per_s=%.0f grab_diff_encode_seal_ms_mean=%.2f "
                    + "grab_diff_encode_seal_ms_p95=%.2f%n", updates / elapsed, bytes / 1024.0 / elapsed, tiles / elapsed,
                Arrays.stream(sorted).average().orElse(0) / 1e6, sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.95)] / 1e6);
        }
    }

    /** @return tiles sent and wire bytes */
    private static long[] send(Frame frame, ChangeDetector detector, TileEncoder encoder, SessionCipher cipher) {
        List<Rect> changed = detector.changedTiles(frame);
        long bytes = 0;
        for (Rect area : changed) {
            EncodedTile tile = encoder.encode(frame, area);
            bytes += cipher.seal(PayloadCodec.encode(new ScreenTile(area.x(), area.y(), area.width(), area.height(),
                tile.encoding().id(), tile.payload()))).wireSize();
        }
        return new long[] {changed.size(), bytes};
    }
}
