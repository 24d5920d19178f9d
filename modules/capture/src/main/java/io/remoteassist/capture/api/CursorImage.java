package io.remoteassist.capture.api;

/**
 * The pointer's shape: {@code width*height} pixels {@code 0xAARRGGBB}, row-major, with straight (not premultiplied)
 * alpha, hot spot at ({@code hotX}, {@code hotY}) inside the image. Sides are at most {@link #MAX_SIDE}.
 * {@code serial} changes whenever the shape does.
 */
public record CursorImage(long serial, int width, int height, int hotX, int hotY, int[] argb) {

    /** Largest side of a cursor image, in pixels; larger cursors are cropped around their hot spot. */
    public static final int MAX_SIDE = 128;

    /** Validates the fields. */
    public CursorImage {
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException("cursor size out of range: " + width + "x" + height);
        }
        if (hotX < 0 || hotX >= width || hotY < 0 || hotY >= height) {
            throw new IllegalArgumentException("hot spot outside the cursor");
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("argb length " + argb.length + " != " + width * height);
        }
    }
}
