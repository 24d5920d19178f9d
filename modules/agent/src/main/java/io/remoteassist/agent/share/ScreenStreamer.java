package io.remoteassist.agent.share;

import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.capture.api.UpdateEncoder;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The capture loop, on its own thread: grab, find changed 64×64 tiles, encode the update (scrolled or moved tiles as
 * COPY, the others lossless, or JPEG for photo-like tiles when allowed), queue each tile as an unkeyed
 * {@code SCREEN_TILE} frame, the last one flagged {@code END_OF_UPDATE}. Flow control is here, not in the queues:
 * the next update is grabbed only when {@link Outbound#readyForUpdate()} (the previous one is sent and the viewer
 * acknowledged enough of what was sent), so a slow viewer gets fewer updates, each with the latest state of every
 * changed tile, and nothing is dropped on the way (if something is, the next update starts the picture again). A change is sent as soon as the source reports it (polled every
 * {@link #IDLE_POLL_NANOS}; an idle X11 source answers in about 0.1 ms), at most {@code fps} updates per second on a
 * fixed-rate schedule ({@link UpdatePacer}).
 * Runs only while {@link #share} says so; each start asks for a key frame so the viewer gets the whole screen.
 */
final class ScreenStreamer implements AutoCloseable {

    /** How often an idle source is asked again whether something changed. */
    static final long IDLE_POLL_NANOS = 3_000_000L;

    /** How often the loop asks again whether the previous update is out of the way. */
    static final long BUSY_POLL_NANOS = 500_000L;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ScreenSource source;
    private final ChangeDetector detector;
    private final EncoderSettings settings;
    private volatile UpdateEncoder encoder;
    private volatile BandwidthLevel bandwidth = BandwidthLevel.NONE;
    private final Outbound outbound;
    private final UpdatePacer pacer;
    private final Consumer<RuntimeException> failed;
    private final Thread thread;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong tiles = new AtomicLong();
    private final AtomicLong copies = new AtomicLong();
    private final AtomicLong captureNanos = new AtomicLong();
    private final StreamFigures figures = new StreamFigures();
    private volatile boolean sharing;
    private volatile boolean running = true;
    private volatile Runnable restarted = () -> { };

    ScreenStreamer(ScreenSource source, boolean lossy, int fps, Outbound outbound, Consumer<RuntimeException> failed) {
        this.source = source;
        this.detector = Capture.changeDetector(source.width(), source.height());
        this.settings = lossy ? EncoderSettings.adaptive(0.7f) : EncoderSettings.lossless();
        this.encoder = Capture.updateEncoder(source.width(), source.height(), settings);
        this.outbound = outbound;
        this.pacer = new UpdatePacer(fps);
        this.failed = failed;
        this.thread = new Thread(this::loop, "ra-share-capture");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts or stops sending the screen; starting sends a complete frame first. */
    void share(boolean on) {
        if (on && !sharing) {
            refresh();
        }
        sharing = on;
    }

    /** Applies Group Policy's bandwidth level; a change re-sends the whole screen encoded the new way. */
    void bandwidth(BandwidthLevel level) {
        if (level == bandwidth) {
            return;
        }
        encoder = Capture.updateEncoder(source.width(), source.height(), settings.withBandwidth(level));
        bandwidth = level;
        source.requestKeyFrame();
        detector.requestFullFrame();
    }

    /** Runs {@code action} whenever the viewer is sent the whole screen again (what else it must be sent again). */
    void onRefresh(Runnable action) {
        restarted = action;
    }

    /** The viewer starts again from nothing: the next update is the whole screen, without copies. */
    void refresh() {
        restarted.run();
        encoder.reset();
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

    /** @return tiles sent as a copy of pixels the viewer already had */
    long copies() {
        return copies.get();
    }

    /** @return capture and encode times of incremental updates */
    StreamFigures figures() {
        return figures;
    }

    /** @return mean capture + diff + encode time per frame in microseconds */
    long meanFrameMicros() {
        long n = frames.get();
        return n == 0 ? 0 : captureNanos.get() / n / 1000;
    }

    private void loop() {
        try {
            while (running) {
                long now = System.nanoTime();
                long wait = sharing ? pacer.waitNanos(now) : IDLE_POLL_NANOS;
                if (wait > 0) {
                    pause(Math.min(wait, IDLE_POLL_NANOS));
                    continue;
                }
                if (!outbound.readyForUpdate()) {
                    // the previous update is still queued or too much is unacknowledged: skip this moment; the
                    // damage adds up and the next grab sends the latest state of every changed tile
                    pause(BUSY_POLL_NANOS);
                    continue;
                }
                if (outbound.takeLoss()) {
                    refresh();
                }
                // the source answers at once when nothing changed (no damage queued): poll it until something does
                long cpu = CPU.getCurrentThreadCpuTime();
                Frame frame = source.grab();
                List<Rect> changed = detector.changedTiles(frame);
                long grabbed = System.nanoTime();
                if (changed.isEmpty()) {
                    pause(IDLE_POLL_NANOS);
                    continue;
                }
                pacer.sent(now);
                UpdateEncoder encoding = encoder;
                long helperCpu = encoding.helperCpuNanos();
                List<EncodedTile> update = encoding.encode(frame, changed);
                List<io.remoteassist.transport.api.Frame> wire = new ArrayList<>(update.size());
                for (int i = 0; i < update.size(); i++) {
                    EncodedTile tile = update.get(i);
                    if (tile.encoding() == TileEncoding.COPY) {
                        copies.incrementAndGet();
                    }
                    Rect area = tile.area();
                    io.remoteassist.transport.api.Frame clear = PayloadCodec.encode(new ScreenTile(area.x(), area.y(),
                        area.width(), area.height(), tile.encoding().id(), tile.payload()));
                    // unkeyed: tiles of an update may copy from earlier ones, so none may replace another on the way
                    int flags = i == update.size() - 1 ? io.remoteassist.transport.api.Frame.END_OF_UPDATE : 0;
                    wire.add(new io.remoteassist.transport.api.Frame(clear.type(), flags, 0, clear.payload()));
                }
                outbound.offerAll(wire);
                long encoded = System.nanoTime();
                figures.recordUpdate(now, encoded);
                tiles.addAndGet(changed.size());
                frames.incrementAndGet();
                captureNanos.addAndGet(encoded - now);
                if (!frame.keyFrame()) {
                    // the CPU time of the update is this thread's and the encoder's helper's
                    figures.record(grabbed - now, encoded - grabbed, CPU.getCurrentThreadCpuTime() - cpu
                        + encoding.helperCpuNanos() - helperCpu);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    /** Sleeps to the nanosecond rather than to the next millisecond as {@link Thread#sleep(long, int)} does. */
    private static void pause(long nanos) throws InterruptedException {
        LockSupport.parkNanos(nanos);
        if (Thread.interrupted()) {
            throw new InterruptedException();
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
