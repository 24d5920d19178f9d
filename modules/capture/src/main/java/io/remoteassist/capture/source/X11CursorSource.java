package io.remoteassist.capture.source;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;

/**
 * Reads the pointer through XFixes on its own X connection. {@code XFixesSelectCursorInput} on the root window
 * makes the server send a CursorNotify whenever the displayed cursor changes; only then (and on the first poll) is
 * the image fetched with {@code XFixesGetCursorImage} (position, hot spot, pixels and serial in one round trip).
 * Otherwise a poll is one {@code XQueryPointer}. The shape is converted only when its serial changes: an unchanged
 * shape is the same {@link CursorImage} instance. Not thread-safe.
 */
public final class X11CursorSource implements CursorSource {

    // XFixesCursorImage: short x, y; unsigned short width, height, xhot, yhot;
    // unsigned long cursor_serial; unsigned long *pixels (32-bit ARGB in each unsigned long)
    private static final int SERIAL = Native.LONG_SIZE == 8 ? 16 : 12;
    private static final int PIXELS = SERIAL + Native.LONG_SIZE;
    private static final int X_EVENT_BYTES = 24 * 8;

    private final X11Display x;
    private final XFixesLib xfixes;
    private final int cursorNotify;
    private final Memory event = new Memory(X_EVENT_BYTES);
    private final NativeLongByReference rootReturn = new NativeLongByReference();
    private final NativeLongByReference childReturn = new NativeLongByReference();
    private final IntByReference rootX = new IntByReference();
    private final IntByReference rootY = new IntByReference();
    private final IntByReference winX = new IntByReference();
    private final IntByReference winY = new IntByReference();
    private final IntByReference mask = new IntByReference();
    private CursorImage last;
    private boolean shapeChanged = true;
    private long imageFetches;

    private X11CursorSource(X11Display x, XFixesLib xfixes, int eventBase) {
        this.x = x;
        this.xfixes = xfixes;
        this.cursorNotify = eventBase + XFixesLib.CURSOR_NOTIFY;
        xfixes.XFixesSelectCursorInput(x.display, x.root, new NativeLong(XFixesLib.DISPLAY_CURSOR_NOTIFY_MASK));
        int error = x.syncAndTakeError();
        if (error != 0) {
            throw new CaptureException("XFixesSelectCursorInput failed (X error " + error + ")");
        }
    }

    /** @throws CaptureException when the display or XFIXES is unavailable */
    public static X11CursorSource open(String display) {
        X11Display x = X11Display.open(display);
        try {
            XFixesLib xfixes = XFixesLib.load();
            IntByReference eventBase = new IntByReference();
            if (!xfixes.XFixesQueryExtension(x.display, eventBase, new IntByReference())) {
                throw new CaptureException("XFIXES extension absent");
            }
            return new X11CursorSource(x, xfixes, eventBase.getValue());
        } catch (UnsatisfiedLinkError | CaptureException e) {
            x.close();
            throw e instanceof CaptureException c ? c : new CaptureException("libXfixes not available", e);
        }
    }

    @Override
    public String name() {
        return "x11-xfixes";
    }

    @Override
    public CursorState poll() {
        x.checkAlive();
        while (x.x11.XPending(x.display) > 0) {
            x.x11.XNextEvent(x.display, event);
            shapeChanged |= event.getInt(0) == cursorNotify;
        }
        if (!shapeChanged && x.x11.XQueryPointer(x.display, x.root, rootReturn, childReturn, rootX, rootY, winX, winY,
                mask)) {
            x.checkAlive();
            return new CursorState(rootX.getValue(), rootY.getValue(), last);
        }
        return fetchImage();
    }

    /** @return how many times the cursor image was fetched: once, then once per shape change */
    long imageFetches() {
        return imageFetches;
    }

    private CursorState fetchImage() {
        Pointer image = xfixes.XFixesGetCursorImage(x.display);
        x.checkAlive();
        if (image == null) {
            throw new CaptureException("XFixesGetCursorImage failed");
        }
        imageFetches++;
        shapeChanged = false;
        try {
            int px = image.getShort(0);
            int py = image.getShort(2);
            long serial = Native.LONG_SIZE == 8 ? image.getLong(SERIAL) : image.getInt(SERIAL) & 0xFFFFFFFFL;
            if (last == null || last.serial() != serial) {
                int width = image.getShort(4) & 0xFFFF;
                int height = image.getShort(6) & 0xFFFF;
                Pointer pixels = image.getPointer(PIXELS);
                int[] argb = pixels == null ? new int[0] : CursorPixels.read(pixels, width * height, Native.LONG_SIZE);
                last = CursorPixels.image(serial, width, height, image.getShort(8) & 0xFFFF,
                        image.getShort(10) & 0xFFFF, argb);
            }
            return new CursorState(px, py, last);
        } finally {
            x.x11.XFree(image);
        }
    }

    @Override
    public void close() {
        x.close();
    }
}
