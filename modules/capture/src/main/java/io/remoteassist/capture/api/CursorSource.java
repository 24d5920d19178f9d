package io.remoteassist.capture.api;

/**
 * Reads the pointer position and shape. Screen grabs do not contain the pointer: it travels separately so
 * the viewer can draw it without re-sending tiles. Not thread-safe; poll from the capture thread.
 */
public interface CursorSource extends AutoCloseable {

    /** Returns a short name of the path in use: {@code x11-xfixes} or {@code awt-mouseinfo}. */
    String name();

    /** Returns the current position and shape. @throws CaptureException when the display is gone */
    CursorState poll();

    /** Releases native resources. */
    @Override
    void close();
}
