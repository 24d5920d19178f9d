package io.remoteassist.capture.api;

/**
 * Something that grabs the screen: an X11 display, {@code java.awt.Robot}, a synthetic workload.
 *
 * <p>Not thread-safe: one capture thread calls {@link #grab()}; only {@link #requestKeyFrame()} may be
 * called from another thread. The first grab is always a key frame.
 */
public interface ScreenSource extends AutoCloseable {

    /** Returns a short name of the capture path in use, such as {@code x11-shm+damage} or {@code robot}. */
    String name();

    /** Returns the screen width in pixels. */
    int width();

    /** Returns the screen height in pixels. */
    int height();

    /**
     * Grabs the screen. Blocks for the duration of one capture (typically 0.1–12 ms at 1080p), never waits
     * for a change.
     *
     * @return the frame; its pixel array stays valid until the next call
     * @throws CaptureException when the screen cannot be read any more (display gone)
     */
    Frame grab();

    /** Asks that the next {@link #grab()} be a complete key frame. Thread-safe. */
    void requestKeyFrame();

    /** Releases native resources; the source cannot be used afterwards. */
    @Override
    void close();
}
