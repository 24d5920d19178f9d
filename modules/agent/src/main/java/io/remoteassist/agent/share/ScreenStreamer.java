package io.remoteassist.agent.share;

import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The capture loop, on its own thread: grab, find changed 64×64 tiles, encode each (lossless, or JPEG for photo-like
 * tiles when allowed), queue each as a {@code SCREEN_TILE} frame keyed by position. Runs only while {@link #share}
 * says so; each start asks for a key frame so the viewer gets the whole screen.
 */
final class ScreenStreamer implements AutoCloseable {

    private final ScreenSource source;
    private final ChangeDetector detector;
    private final EncoderSettings settings;
    private volatile TileEncoder encoder;
    private volatile BandwidthLevel bandwidth = BandwidthLevel.NONE;
    private final Outbound outbound;
    private final long periodNanos;
    private final Consumer<RuntimeException> failed;
    private final Thread thread;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong tiles = new AtomicLong();
    private final AtomicLong captureNanos = new AtomicLong();
    private volatile boolean sharing;
    private volatile boolean running = true;

    ScreenStreamer(ScreenSource source, boolean lossy, int fps, Outbound outbound, Consumer<RuntimeException> failed) {
        this.source = source;
        this.detector = Capture.changeDetector(source.width(), source.height());
        this.settings = lossy ? EncoderSettings.adaptive(0.7f) : EncoderSettings.lossless();
        this.encoder = Capture.encoder(settings);
        this.outbound = outbound;
        this.periodNanos = 1_000_000_000L / fps;
        this.failed = failed;
        this.thread = new Thread(this::loop, "ra-share-capture");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts or stops sending the screen; starting sends a complete frame first. */
    void share(boolean on) {
        if (on && !sharing) {
            source.requestKeyFrame();
            detector.requestFullFrame();
        }
        sharing = on;
    }

    /** Applies Group Policy's bandwidth level; a change re-sends the whole screen encoded the new way. */
    void bandwidth(BandwidthLevel level) {
        if (level == bandwidth) {
            return;
        }
        encoder = Capture.encoder(settings.withBandwidth(level));
        bandwidth = level;
        source.requestKeyFrame();
        detector.requestFullFrame();
    }

    BandwidthLevel bandwidth() {
        return bandwidth;
    }

    boolean sharing() {
        return sharing;
    }

    long frames() {
        return frames.get();
    }

    long tiles() {
        return tiles.get();
    }

    /** @return mean capture + diff + encode time per frame in microseconds */
    long meanFrameMicros() {
        long n = frames.get();
        return n == 0 ? 0 : captureNanos.get() / n / 1000;
    }

    private void loop() {
        try {
            long next = System.nanoTime();
            while (running) {
                if (sharing) {
                    long start = System.nanoTime();
                    Frame frame = source.grab();
                    List<Rect> changed = detector.changedTiles(frame);
                    TileEncoder current = encoder;
                    for (Rect area : changed) {
                        EncodedTile tile = current.encode(frame, area);
                        outbound.offer(PayloadCodec.encode(new ScreenTile(area.x(), area.y(), area.width(),
                            area.height(), tile.encoding().id(), tile.payload())));
                    }
                    tiles.addAndGet(changed.size());
                    frames.incrementAndGet();
                    captureNanos.addAndGet(System.nanoTime() - start);
                }
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } else {
                    next = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
