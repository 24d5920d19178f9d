package io.remoteassist.agent.share;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;

/**
 * The screen benchmark's hand on the User's X display, on its own connection: paints a small square on the root
 * window (a pixel change whose time is known) and reads the pointer position (to see injected input arrive).
 */
final class XProbe implements AutoCloseable {

    /** The libX11 calls the probe needs. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        Pointer XCreateGC(Pointer display, NativeLong drawable, NativeLong mask, Pointer values);

        int XFreeGC(Pointer display, Pointer gc);

        int XSetForeground(Pointer display, Pointer gc, NativeLong pixel);

        int XFillRectangle(Pointer display, NativeLong drawable, Pointer gc, int x, int y, int width, int height);

        int XSync(Pointer display, int discard);

        boolean XQueryPointer(Pointer display, NativeLong window, NativeLongByReference root,
                              NativeLongByReference child, IntByReference rootX, IntByReference rootY,
                              IntByReference winX, IntByReference winY, IntByReference mask);
    }

    private final Xlib x = Native.load("X11", Xlib.class);
    private final Pointer display;
    private final NativeLong root;
    private final Pointer gc;

    XProbe(String name) {
        display = x.XOpenDisplay(name);
        if (display == null) {
            throw new ShareException("cannot open X display " + name);
        }
        root = x.XDefaultRootWindow(display);
        gc = x.XCreateGC(display, root, new NativeLong(0), null);
    }

    /** Fills a rectangle of the root window with an {@code 0xRRGGBB} colour and waits until the server did it. */
    synchronized void paint(int left, int top, int width, int height, int rgb) {
        x.XSetForeground(display, gc, new NativeLong(rgb));
        x.XFillRectangle(display, root, gc, left, top, width, height);
        x.XSync(display, 0);
    }

    /** @return the pointer's position on the screen, {@code {x, y}} */
    synchronized int[] pointer() {
        NativeLongByReference r = new NativeLongByReference();
        NativeLongByReference c = new NativeLongByReference();
        IntByReference rx = new IntByReference();
        IntByReference ry = new IntByReference();
        IntByReference wx = new IntByReference();
        IntByReference wy = new IntByReference();
        IntByReference mask = new IntByReference();
        x.XQueryPointer(display, root, r, c, rx, ry, wx, wy, mask);
        return new int[] {rx.getValue(), ry.getValue()};
    }

    @Override
    public synchronized void close() {
        x.XFreeGC(display, gc);
        x.XCloseDisplay(display);
    }
}
