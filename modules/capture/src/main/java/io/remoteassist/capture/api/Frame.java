package io.remoteassist.capture.api;

import java.util.List;

/**
 * One grabbed screen image and what changed since the previous grab of the same source.
 *
 * <p>{@code pixels} holds {@code width * height} values {@code 0x00RRGGBB}, row-major, stride {@code width}.
 * The array usually belongs to the source and is updated in place by the next {@link ScreenSource#grab()}:
 * consumers copy what they must keep. {@code damage} lists the rectangles that may have changed since the
 * previous frame (clipped to the screen; empty when nothing changed; the whole screen when the source cannot
 * tell). A {@code keyFrame} (the first grab, or one asked for with {@link ScreenSource#requestKeyFrame()})
 * means every tile should be sent. {@code sequence} counts grabs from 0; {@code captureNanos} is the
 * {@link System#nanoTime()} at which the grab completed.
 */
public record Frame(int width, int height, int[] pixels, List<Rect> damage, boolean keyFrame, long sequence,
        long captureNanos) {

    /** Validates the pixel count and copies the damage list. */
    public Frame {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("pixels shorter than " + width + "x" + height);
        }
        damage = List.copyOf(damage);
    }

    /** Returns the rectangle of the whole screen. */
    public Rect bounds() {
        return new Rect(0, 0, width, height);
    }

    /** Returns the pixel at column {@code x}, row {@code y}, as {@code 0x00RRGGBB}. */
    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }
}
