package io.remoteassist.capture.source;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.remoteassist.capture.api.CaptureException;

/**
 * One Xlib connection owned by one capture thread, with its screen geometry and error state.
 * Not thread-safe.
 */
final class X11Display implements AutoCloseable {

    final X11Lib x11;
    final Pointer display;
    final int screen;
    final NativeLong root;
    final int width;
    final int height;
    private final X11ErrorTrap.DisplayState errors;
    private boolean closed;

    private X11Display(X11Lib x11, Pointer display) {
        this.x11 = x11;
        this.display = display;
        this.errors = X11ErrorTrap.register(x11, display);
        this.screen = x11.XDefaultScreen(display);
        this.root = x11.XDefaultRootWindow(display);
        this.width = x11.XDisplayWidth(display, screen);
        this.height = x11.XDisplayHeight(display, screen);
    }

    /**
     * Opens a connection. {@code name} is an X display name; {@code null} means {@code $DISPLAY}.
     *
     * @throws CaptureException when libX11 is missing or the display cannot be opened
     */
    static X11Display open(String name) {
        X11Lib x11;
        try {
            x11 = X11Lib.load();
        } catch (UnsatisfiedLinkError e) {
            throw new CaptureException("libX11 not available: " + e.getMessage(), e);
        }
        Pointer display = x11.XOpenDisplay(name);
        if (display == null) {
            throw new CaptureException("cannot open X display " + (name == null ? System.getenv("DISPLAY") : name));
        }
        return new X11Display(x11, display);
    }

    /**
     * Waits for the server to process every request and reports the first X error among them.
     *
     * @return the X error code, 0 when all went well
     * @throws CaptureException when the connection is dead
     */
    int syncAndTakeError() {
        checkAlive();
        x11.XSync(display, 0);
        checkAlive();
        return errors.takeError();
    }

    /** Returns and clears the last X error code seen on this connection, 0 when none. */
    int takeError() {
        return errors.takeError();
    }

    /** @throws CaptureException when the server connection was lost */
    void checkAlive() {
        if (errors.dead) {
            throw new CaptureException("X server connection lost");
        }
    }

    /** True once the server is gone or this connection was closed: nothing may be sent on it any more. */
    boolean isDead() {
        return errors.dead || closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!errors.dead) {
            x11.XCloseDisplay(display);
        }
        X11ErrorTrap.unregister(display);
    }
}
