package io.remoteassist.capture.source;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps X errors on capture connections from ending the JVM.
 *
 * <p>Xlib's error handlers are process-wide and its defaults call {@code exit()}. This trap installs one
 * handler of each kind, after AWT has installed its own (AWT replaces whatever it finds), and chains to the
 * previous handler for displays it does not know. For a registered display it records the error code, or
 * marks the display dead on an I/O error; the per-display I/O-error exit handler (libX11 1.7+) then returns
 * instead of exiting. The callbacks live in static fields because native code holds them.
 */
final class X11ErrorTrap {

    private static final Map<Long, DisplayState> DISPLAYS = new ConcurrentHashMap<>();
    private static X11Lib x11;
    private static X11Lib.ErrorHandler errorHandler;
    private static X11Lib.IoErrorHandler ioErrorHandler;
    private static X11Lib.IoErrorExitHandler exitHandler;
    private static Pointer previousError;
    private static Pointer previousIoError;

    /** The error state of one display connection. */
    static final class DisplayState {
        volatile int lastErrorCode;
        volatile int lastRequestCode;
        volatile boolean dead;

        /** Returns and clears the last error code, 0 when none. */
        int takeError() {
            int code = lastErrorCode;
            lastErrorCode = 0;
            return code;
        }
    }

    private X11ErrorTrap() {
    }

    /** Installs the handlers once and registers {@code display}; returns its error state. */
    static synchronized DisplayState register(X11Lib lib, Pointer display) {
        if (x11 == null) {
            install(lib);
        }
        DisplayState state = new DisplayState();
        DISPLAYS.put(Pointer.nativeValue(display), state);
        try {
            lib.XSetIOErrorExitHandler(display, exitHandler, null);
        } catch (UnsatisfiedLinkError olderThan17) {
            // libX11 < 1.7 cannot survive a dead server; the I/O handler still logs which display died.
        }
        return state;
    }

    /** Forgets a display before it is closed. */
    static void unregister(Pointer display) {
        DISPLAYS.remove(Pointer.nativeValue(display));
    }

    private static void install(X11Lib lib) {
        if (!GraphicsEnvironment.isHeadless()) {
            try {
                // AWT installs its handlers once, when it starts: let it go first so that ours chain to it.
                Toolkit.getDefaultToolkit();
            } catch (AWTError noAwtDisplay) {
                // AWT cannot reach its display; ours are then the only handlers that matter.
            }
        }
        x11 = lib;
        errorHandler = X11ErrorTrap::onError;
        ioErrorHandler = X11ErrorTrap::onIoError;
        exitHandler = (display, data) -> markDead(display);
        previousError = lib.XSetErrorHandler(errorHandler);
        previousIoError = lib.XSetIOErrorHandler(ioErrorHandler);
    }

    private static int onError(Pointer display, Pointer event) {
        DisplayState state = DISPLAYS.get(Pointer.nativeValue(display));
        if (state == null) {
            return previousError == null
                    ? 0
                    : Function.getFunction(previousError).invokeInt(new Object[] {display, event});
        }
        // XErrorEvent: int type; Display*; XID resourceid; unsigned long serial; uchar error_code, request_code
        state.lastRequestCode = event.getByte(ErrorEventLayout.ERROR_REQUEST_CODE) & 0xFF;
        state.lastErrorCode = event.getByte(ErrorEventLayout.ERROR_CODE) & 0xFF;
        return 0;
    }

    private static int onIoError(Pointer display) {
        if (markDead(display)) {
            return 0;
        }
        return previousIoError == null ? 0 : Function.getFunction(previousIoError).invokeInt(new Object[] {display});
    }

    private static boolean markDead(Pointer display) {
        DisplayState state = DISPLAYS.get(Pointer.nativeValue(display));
        if (state != null) {
            state.dead = true;
        }
        return state != null;
    }

    /** Offsets inside {@code XErrorEvent} for the platform's pointer size. */
    private static final class ErrorEventLayout {
        static final int ERROR_CODE = 3 * Native.POINTER_SIZE + Native.LONG_SIZE;
        static final int ERROR_REQUEST_CODE = ERROR_CODE + 1;
    }
}
