package io.remoteassist.capture.source;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;

/** The few libX11 calls capture needs. Display, Visual and XImage are opaque pointers; XIDs are longs. */
interface X11Lib extends Library {

    /** Loaded lazily so that merely loading the class never fails on a machine without libX11. */
    static X11Lib load() {
        return Native.load("X11", X11Lib.class);
    }

    int Z_PIXMAP = 2;
    int LSB_FIRST = 0;

    /** {@code int (*)(Display*, XErrorEvent*)}. */
    interface ErrorHandler extends Callback {
        int invoke(Pointer display, Pointer errorEvent);
    }

    /** {@code int (*)(Display*)}. */
    interface IoErrorHandler extends Callback {
        int invoke(Pointer display);
    }

    /** {@code void (*)(Display*, void*)} (libX11 1.7 and later). */
    interface IoErrorExitHandler extends Callback {
        void invoke(Pointer display, Pointer userData);
    }

    Pointer XOpenDisplay(String name);

    int XCloseDisplay(Pointer display);

    int XDefaultScreen(Pointer display);

    NativeLong XDefaultRootWindow(Pointer display);

    int XDisplayWidth(Pointer display, int screen);

    int XDisplayHeight(Pointer display, int screen);

    Pointer XDefaultVisual(Pointer display, int screen);

    int XDefaultDepth(Pointer display, int screen);

    int XSync(Pointer display, int discard);

    int XPending(Pointer display);

    int XNextEvent(Pointer display, Pointer event);

    Pointer XGetImage(Pointer display, NativeLong drawable, int x, int y, int width, int height,
            NativeLong planeMask, int format);

    int XFree(Pointer data);

    boolean XQueryPointer(Pointer display, NativeLong window, NativeLongByReference root, NativeLongByReference child,
            IntByReference rootX, IntByReference rootY, IntByReference winX, IntByReference winY,
            IntByReference mask);

    Pointer XSetErrorHandler(ErrorHandler handler);

    Pointer XSetIOErrorHandler(IoErrorHandler handler);

    void XSetIOErrorExitHandler(Pointer display, IoErrorExitHandler handler, Pointer userData);
}
