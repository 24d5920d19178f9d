package io.remoteassist.capture.source;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the X server (DAMAGE + XFIXES) which parts of the root window changed since the last fetch.
 *
 * <p>The damage object reports at level NonEmpty: one event when damage appears, then nothing until it is
 * subtracted; so an idle screen costs one {@code XPending} per frame.
 */
final class DamageTracker implements AutoCloseable {

    /** Above this many rectangles one bounding box is cheaper than a round trip per rectangle. */
    static final int MAX_RECTANGLES = 48;
    private static final NativeLong NONE = new NativeLong(0);
    private static final int X_EVENT_BYTES = 24 * 8;

    private final X11Display x;
    private final XDamageLib xdamage;
    private final XFixesLib xfixes;
    private final int damageNotify;
    private final NativeLong damage;
    private final NativeLong region;
    private final Memory event = new Memory(X_EVENT_BYTES);

    private DamageTracker(X11Display x, XDamageLib xdamage, XFixesLib xfixes, int eventBase) {
        this.x = x;
        this.xdamage = xdamage;
        this.xfixes = xfixes;
        this.damageNotify = eventBase + XDamageLib.DAMAGE_NOTIFY;
        this.damage = xdamage.XDamageCreate(x.display, x.root, XDamageLib.REPORT_NON_EMPTY);
        this.region = xfixes.XFixesCreateRegion(x.display, null, 0);
        int error = x.syncAndTakeError();
        if (error != 0) {
            throw new CaptureException("XDamageCreate failed (X error " + error + ")");
        }
    }

    /** @throws CaptureException when DAMAGE or XFIXES is missing */
    static DamageTracker open(X11Display x) {
        XDamageLib xdamage;
        XFixesLib xfixes;
        try {
            xdamage = XDamageLib.load();
            xfixes = XFixesLib.load();
        } catch (UnsatisfiedLinkError e) {
            throw new CaptureException("libXdamage or libXfixes not available", e);
        }
        IntByReference eventBase = new IntByReference();
        IntByReference errorBase = new IntByReference();
        if (!xfixes.XFixesQueryExtension(x.display, eventBase, errorBase)) {
            throw new CaptureException("XFIXES extension absent");
        }
        if (!xdamage.XDamageQueryExtension(x.display, eventBase, errorBase)) {
            throw new CaptureException("DAMAGE extension absent");
        }
        return new DamageTracker(x, xdamage, xfixes, eventBase.getValue());
    }

    /** Drains the event queue; returns {@code true} when a DamageNotify arrived. */
    boolean drainEvents() {
        boolean damaged = false;
        while (x.x11.XPending(x.display) > 0) {
            x.x11.XNextEvent(x.display, event);
            damaged |= event.getInt(0) == damageNotify;
        }
        x.checkAlive();
        return damaged;
    }

    /** Forgets all damage so far (before a key frame). */
    void reset() {
        drainEvents();
        xdamage.XDamageSubtract(x.display, damage, NONE, NONE);
    }

    /** Takes the damage accumulated so far, clipped to {@code screen}, merged when there are many rectangles. */
    List<Rect> fetch(Rect screen) {
        xdamage.XDamageSubtract(x.display, damage, NONE, region);
        IntByReference count = new IntByReference();
        Pointer rects = xfixes.XFixesFetchRegion(x.display, region, count);
        x.checkAlive();
        List<Rect> result = new ArrayList<>();
        if (rects == null) {
            return List.of(screen);
        }
        try {
            for (int i = 0; i < count.getValue(); i++) {
                long base = i * 8L;
                Rect r = new Rect(rects.getShort(base), rects.getShort(base + 2), rects.getShort(base + 4) & 0xFFFF,
                        rects.getShort(base + 6) & 0xFFFF).intersect(screen);
                if (!r.isEmpty()) {
                    result.add(r);
                }
            }
        } finally {
            x.x11.XFree(rects);
        }
        if (result.size() > MAX_RECTANGLES) {
            Rect box = result.get(0);
            for (Rect r : result) {
                box = box.union(r);
            }
            return List.of(box);
        }
        return result;
    }

    @Override
    public void close() {
        if (!x.isDead()) {
            xdamage.XDamageDestroy(x.display, damage);
            xfixes.XFixesDestroyRegion(x.display, region);
        }
    }
}
