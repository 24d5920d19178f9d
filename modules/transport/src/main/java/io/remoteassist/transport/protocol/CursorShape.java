package io.remoteassist.transport.protocol;

import java.util.Arrays;
import java.util.Objects;

/**
 * A pointer image: {@code width * height} pixels of 32-bit ARGB, row-major, and its hotspot. Each pixel is four
 * bytes {@code A R G B} with straight (not premultiplied) alpha, as a browser's {@code ImageData} takes them after
 * moving A to the end.
 *
 * @param hotspotX hotspot column, inside the image
 * @param hotspotY hotspot row, inside the image
 * @param width    width in pixels, 1..256
 * @param height   height in pixels, 1..256
 * @param argb     {@code width * height * 4} bytes
 */
public record CursorShape(int hotspotX, int hotspotY, int width, int height, byte[] argb) {

    /** Largest cursor side, in pixels. */
    public static final int MAX_SIDE = 128;

    /** Validates fields. */
    public CursorShape {
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException("cursor size out of range: " + width + "x" + height);
        }
        if (hotspotX < 0 || hotspotX >= width || hotspotY < 0 || hotspotY >= height) {
            throw new IllegalArgumentException("hotspot outside the cursor");
        }
        Objects.requireNonNull(argb, "argb");
        if (argb.length != width * height * 4) {
            throw new IllegalArgumentException("argb length " + argb.length + " != " + width * height * 4);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CursorShape that && hotspotX == that.hotspotX && hotspotY == that.hotspotY
                && width == that.width && height == that.height && Arrays.equals(argb, that.argb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hotspotX, hotspotY, width, height, Arrays.hashCode(argb));
    }

    @Override
    public String toString() {
        return "CursorShape[" + width + "x" + height + " hotspot " + hotspotX + "," + hotspotY + "]";
    }
}
