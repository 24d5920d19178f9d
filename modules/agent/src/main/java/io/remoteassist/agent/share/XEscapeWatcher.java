package io.remoteassist.agent.share;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.remoteassist.capture.api.ControlGate;
import io.remoteassist.capture.api.LocalEscapeWatcher;

/**
 * Watches the X display's keyboard for the User's Escape by polling {@code XQueryKeymap} every few milliseconds on
 * its own connection, and reports a press (the key going down) unless {@link ControlGate#isLikelyInjectedEscape}
 * says the gate itself just injected it for the Helper.
 *
 * <p>What is detectable: a physical Escape held for at least one poll interval (a person's key press lasts 50 ms
 * or more). Under Xvfb there is no physical keyboard: every key, the User's ({@code xdotool}) as well as the
 * Helper's (injected), arrives through XTEST, so the origin is told apart only by the gate's 250 ms injection
 * window; on a real Xorg, XInput2 raw events would name the XTEST device — not done here.
 */
final class XEscapeWatcher implements LocalEscapeWatcher {

    private static final long XK_ESCAPE = 0xff1b;
    private static final long POLL_MILLIS = 4;

    /** The Xlib calls used; loaded by soname. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);

        int XQueryKeymap(Pointer display, byte[] keys);

        int XCloseDisplay(Pointer display);
    }

    private final String display;
    private final ControlGate gate;
    private volatile Thread thread;

    XEscapeWatcher(String display, ControlGate gate) {
        this.display = display;
        this.gate = gate;
    }

    @Override
    public synchronized void start(Runnable onLocalEscape) {
        if (thread != null) {
            return;
        }
        Thread watcher = new Thread(() -> watch(onLocalEscape), "ra-share-escape");
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    private void watch(Runnable onLocalEscape) {
        Xlib x;
        Pointer dpy;
        try {
            x = Native.load("libX11.so.6", Xlib.class);
            dpy = x.XOpenDisplay(display);
        } catch (UnsatisfiedLinkError e) {
            System.err.println("ra share: no Xlib, the Esc key cannot revoke control here: " + e.getMessage());
            return;
        }
        if (dpy == null) {
            System.err.println("ra share: cannot open display " + display + " to watch for Esc");
            return;
        }
        try {
            int keycode = x.XKeysymToKeycode(dpy, new NativeLong(XK_ESCAPE)) & 0xFF;
            byte[] keys = new byte[32];
            boolean wasDown = false;
            while (thread == Thread.currentThread()) {
                x.XQueryKeymap(dpy, keys);
                boolean down = (keys[keycode >> 3] & (1 << (keycode & 7))) != 0;
                if (down && !wasDown && !gate.isLikelyInjectedEscape(System.nanoTime())) {
                    onLocalEscape.run();
                }
                wasDown = down;
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            x.XCloseDisplay(dpy);
        }
    }

    @Override
    public synchronized void close() {
        Thread watcher = thread;
        thread = null;
        if (watcher != null) {
            watcher.interrupt();
        }
    }
}
