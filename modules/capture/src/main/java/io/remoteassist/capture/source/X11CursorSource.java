package io.remoteassist.capture.source;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;

/**
 * Reads the pointer with {@code XFixesGetCursorImage} on its own X connection: position, hot spot and
 * shape in one round trip. The shape is converted only when its serial changes; an unchanged shape is the
 * same {@link CursorImage} instance. Not thread-safe.
 */
public final class X11CursorSource implements CursorSource {

    // XFixesCursorImage: short x, y; unsigned short width, height, xhot, yhot;
    // unsigned long cursor_serial; unsigned long *pixels (32-bit ARGB in each unsigned long)
    private static final int SERIAL = Native.LONG_SIZE == 8 ? 16 : 12;
    private static final int PIXELS = SERIAL + Native.LONG_SIZE;

    private final X11Display x;
    private final XFixesLib xfixes;
    private CursorImage last;

    private X11CursorSource(X11Display x, XFixesLib xfixes) {
        this.x = x;
        this.xfixes = xfixes;
    }

    /** @throws CaptureException when the display or XFIXES is unavailable */
    public static X11CursorSource open(String display) {
        X11Display x = X11Display.open(display);
        try {
            XFixesLib xfixes = XFixesLib.load();
            if (!xfixes.XFixesQueryExtension(x.display, new IntByReference(), new IntByReference())) {
                throw new CaptureException("XFIXES extension absent");
            }
            return new X11CursorSource(x, xfixes);
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
        Pointer image = xfixes.XFixesGetCursorImage(x.display);
        x.checkAlive();
        if (image == null) {
            throw new CaptureException("XFixesGetCursorImage failed");
        }
        try {
            int px = image.getShort(0);
            int py = image.getShort(2);
            long serial = Native.LONG_SIZE == 8 ? image.getLong(SERIAL) : image.getInt(SERIAL) & 0xFFFFFFFFL;
            if (last == null || last.serial() != serial) {
                last = readShape(image, serial);
            }
            return new CursorState(px, py, last);
        } finally {
            x.x11.XFree(image);
        }
    }

    private static CursorImage readShape(Pointer image, long serial) {
        int width = image.getShort(4) & 0xFFFF;
        int height = image.getShort(6) & 0xFFFF;
        int[] argb = new int[width * height];
        Pointer pixels = image.getPointer(PIXELS);
        for (int i = 0; i < argb.length; i++) {
            // Each pixel is an unsigned long holding 32-bit ARGB in its low half.
            argb[i] = (int) (Native.LONG_SIZE == 8 ? pixels.getLong(i * 8L) : pixels.getInt(i * 4L));
        }
        return new CursorImage(serial, width, height, image.getShort(8) & 0xFFFF, image.getShort(10) & 0xFFFF, argb);
    }

    @Override
    public void close() {
        x.close();
    }
}
