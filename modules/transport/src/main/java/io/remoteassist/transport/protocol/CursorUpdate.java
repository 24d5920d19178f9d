package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import java.util.Objects;
import java.util.Optional;

/**
 * Pointer position, and its new image if it changed. Layout:
 * {@code x (u16) | y (u16) | has shape (u8 0/1) | [hotspot x (u8) | hotspot y (u8) | width (u8) | height (u8)
 * | argb (width * height * 4)]}. Width and height are stored as-is (1..128).
 *
 * <p>Its frame key is {@link #KEY} for a position alone and {@link #SHAPE_KEY} for an update carrying a shape: a
 * queue keeps only the latest of each, so a newer position never replaces a shape on the way (a newer shape does),
 * and, a replaced frame moving to the tail, the last one delivered is always the latest position. A sender sends a
 * shape once per change, and again when the receiver starts over.
 *
 * @param x     pointer column in framebuffer pixels
 * @param y     pointer row in framebuffer pixels
 * @param shape new image, or empty if unchanged
 */
public record CursorUpdate(int x, int y, Optional<CursorShape> shape) implements Payload {

    /** Coalescing key of cursor frames carrying a position alone. */
    public static final int KEY = 1;

    /** Coalescing key of cursor frames carrying a shape. */
    public static final int SHAPE_KEY = 2;

    /** Validates fields. */
    public CursorUpdate {
        Ranges.u16("x", x);
        Ranges.u16("y", y);
        Objects.requireNonNull(shape, "shape");
    }

    @Override
    public FrameType type() {
        return FrameType.CURSOR;
    }

    @Override
    public int key() {
        return shape.isPresent() ? SHAPE_KEY : KEY;
    }
}
