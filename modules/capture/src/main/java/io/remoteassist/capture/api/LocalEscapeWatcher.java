package io.remoteassist.capture.api;

/**
 * Detects the User pressing Esc on the local keyboard, which stops shared control at once.
 *
 * <h2>The seam</h2>
 * An Escape typed by the Helper is injected into the desktop and reaches every application as a real key
 * press; it must never be taken for the User's. A watcher therefore reports only keys that came from a
 * physical device: on X11, XInput2 raw key events carry the source device, and injected events come from
 * the {@code Virtual core XTEST keyboard} slave, which the watcher ignores; in the agent's own window, the
 * AWT key listener sees the key only when that window has focus. A watcher that cannot tell the origin asks
 * {@link ControlGate#isLikelyInjectedEscape(long)} and discards those presses.
 *
 * <p>The session calls {@link #start(Runnable)} when control is granted and {@link #close()} when it ends.
 */
public interface LocalEscapeWatcher extends AutoCloseable {

    /** Starts watching; {@code onLocalEscape} runs on a watcher thread for each local Escape press. */
    void start(Runnable onLocalEscape);

    /** Stops watching. */
    @Override
    void close();
}
