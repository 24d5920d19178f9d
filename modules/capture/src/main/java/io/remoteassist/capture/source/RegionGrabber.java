package io.remoteassist.capture.source;

import io.remoteassist.capture.api.Rect;

/** Copies one rectangle of the X screen into a frame buffer of {@code 0x00RRGGBB} ints. */
interface RegionGrabber extends AutoCloseable {

    /** Returns a short name for logs. */
    String name();

    /**
     * Grabs {@code area} (inside the screen) into {@code target} at the same position, row stride {@code stride}.
     *
     * @return {@code false} when the server refused (an X error): the caller should fall back
     */
    boolean grab(Rect area, int[] target, int stride);

    @Override
    void close();

    /** Clears the padding byte: X gives {@code 0xXXRRGGBB} with an undefined {@code XX}. */
    static void maskRow(int[] row, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            row[i] &= 0x00FFFFFF;
        }
    }
}
