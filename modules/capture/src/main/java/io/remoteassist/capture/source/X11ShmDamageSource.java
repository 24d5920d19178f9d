package io.remoteassist.capture.source;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Captures an X11 screen through JNA on its own connection: XDamage says what changed, MIT-SHM fetches only
 * that. Without DAMAGE it grabs the whole screen every frame; without MIT-SHM (or when the server refuses it,
 * even mid-session) it uses {@code XGetImage}. {@link #name()} tells which path is in use.
 *
 * <p>The frame buffer is kept between grabs and patched with the damaged rectangles, so the returned
 * {@link Frame#pixels()} is always the whole screen. The pointer is not in the image (see the cursor source).
 * Not thread-safe except {@link #requestKeyFrame()}.
 */
public final class X11ShmDamageSource implements ScreenSource {

    private boolean closed;

    private static final System.Logger LOG = System.getLogger(X11ShmDamageSource.class.getName());

    private final X11Display x;
    private final DamageTracker damage;
    private final Rect screen;
    private final int[] pixels;
    private final AtomicBoolean keyFrameRequested = new AtomicBoolean(true);
    private final List<String> notes;
    private RegionGrabber grabber;
    private long sequence;

    private X11ShmDamageSource(X11Display x, DamageTracker damage, RegionGrabber grabber, List<String> notes) {
        this.x = x;
        this.damage = damage;
        this.grabber = grabber;
        this.notes = notes;
        this.screen = new Rect(0, 0, x.width, x.height);
        this.pixels = new int[x.width * x.height];
    }

    /**
     * Opens the display and the best grab path it supports.
     *
     * @param display an X display name, {@code null} for {@code $DISPLAY}
     * @throws CaptureException when the display cannot be opened or its pixel layout is not 32-bit XRGB
     */
    public static X11ShmDamageSource open(String display) {
        X11Display x = X11Display.open(display);
        List<String> notes = new ArrayList<>();
        DamageTracker damage = null;
        RegionGrabber grabber;
        try {
            try {
                damage = DamageTracker.open(x);
            } catch (CaptureException e) {
                notes.add("no damage tracking: " + e.getMessage());
            }
            try {
                grabber = ShmGrabber.open(x);
            } catch (CaptureException e) {
                notes.add("no MIT-SHM: " + e.getMessage());
                grabber = new GetImageGrabber(x);
            }
            X11ShmDamageSource source = new X11ShmDamageSource(x, damage, grabber, notes);
            source.grab();
            source.keyFrameRequested.set(true);
            source.sequence = 0;
            return source;
        } catch (RuntimeException e) {
            if (damage != null) {
                damage.close();
            }
            x.close();
            throw e instanceof CaptureException ? e : new CaptureException("X11 capture failed", e);
        }
    }

    @Override
    public String name() {
        return "x11-" + grabber.name() + (damage == null ? "" : "+damage");
    }

    /** Returns why this source runs on a slower path than SHM+damage; empty when it does not. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public int width() {
        return screen.width();
    }

    @Override
    public int height() {
        return screen.height();
    }

    @Override
    public Frame grab() {
        x.checkAlive();
        boolean key = keyFrameRequested.getAndSet(false);
        List<Rect> changed;
        if (key || damage == null) {
            if (damage != null) {
                damage.reset();
            }
            grabOrFallBack(screen);
            changed = List.of(screen);
        } else if (!damage.drainEvents()) {
            changed = List.of();
        } else {
            changed = damage.fetch(screen);
            for (Rect r : changed) {
                if (!grabOrFallBack(r)) {
                    changed = List.of(screen);
                    break;
                }
            }
        }
        return new Frame(screen.width(), screen.height(), pixels, changed, key, sequence++, System.nanoTime());
    }

    /** Grabs {@code area}; returns {@code false} when it had to fall back and grabbed the whole screen instead. */
    private boolean grabOrFallBack(Rect area) {
        if (grabber.grab(area, pixels, screen.width())) {
            return true;
        }
        if (!(grabber instanceof ShmGrabber)) {
            throw new CaptureException("XGetImage refused on the root window");
        }
        String why = "XShmGetImage refused; falling back to XGetImage";
        LOG.log(Level.WARNING, why);
        notes.add(why);
        grabber.close();
        grabber = new GetImageGrabber(x);
        if (!grabber.grab(screen, pixels, screen.width())) {
            throw new CaptureException("XGetImage refused on the root window");
        }
        return false;
    }

    @Override
    public void requestKeyFrame() {
        keyFrameRequested.set(true);
    }

    @Override
    public synchronized void close() {
        // closing twice (the session's end and a shutdown hook) must not touch a closed display
        if (closed) {
            return;
        }
        closed = true;
        grabber.close();
        if (damage != null) {
            damage.close();
        }
        x.close();
    }
}
