package io.remoteassist.capture.api;

import java.util.List;

/**
 * Finds the tiles of a frame that differ from the previous frame it saw.
 *
 * <p>Not thread-safe: use it on the capture thread; only {@link #requestFullFrame()} may be called from
 * another thread.
 */
public interface ChangeDetector {

    /** Returns the tile edge in pixels (64). */
    int tileSize();

    /**
     * Compares the frame with the previous one, looking only inside its damage rectangles, and remembers it.
     * Returns every tile on the first call, for a key frame and after {@link #requestFullFrame()}.
     *
     * @return the changed tiles as rectangles clipped to the frame, in row-major order
     */
    List<Rect> changedTiles(Frame frame);

    /** Makes the next {@link #changedTiles(Frame)} return every tile (a viewer connected or asked). */
    void requestFullFrame();
}
