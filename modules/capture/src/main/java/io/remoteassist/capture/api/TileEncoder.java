package io.remoteassist.capture.api;

/**
 * Encodes rectangles of a frame, choosing an encoding per tile according to its {@link EncoderSettings}.
 *
 * <p>Thread-safe: tiles of one frame may be encoded on several threads at once (scratch buffers and
 * compressors are per thread).
 */
public interface TileEncoder {

    /** Returns the settings this encoder follows. */
    EncoderSettings settings();

    /**
     * Encodes the pixels of {@code area} (inside the frame's bounds, at most 65535 pixels a side).
     *
     * @throws IllegalArgumentException when the area is empty or outside the frame
     */
    EncodedTile encode(Frame frame, Rect area);
}
