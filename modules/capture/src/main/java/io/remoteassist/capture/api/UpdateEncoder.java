package io.remoteassist.capture.api;

import java.util.List;

/**
 * Encodes whole updates for one receiver that gets every update, in order (nothing dropped or reordered after this
 * point): it keeps the picture the receiver shows, and sends a changed tile whose pixels are already on that picture
 * elsewhere — scrolled text, a moved window — as a 4-byte {@link TileEncoding#COPY}; the others go through a
 * {@link TileEncoder}. Not thread-safe except {@link #reset()}.
 */
public interface UpdateEncoder {

    /**
     * @param frame   the grabbed screen
     * @param changed the tiles that changed since the previous update (a {@link ChangeDetector}'s answer)
     * @return the update's tiles in sending order: COPY tiles first
     */
    List<EncodedTile> encode(Frame frame, List<Rect> changed);

    /** The receiver starts from nothing (a new viewer, a lost update): the next update copies nothing. */
    void reset();

    /** @return the encoder used for tiles that are not copies */
    TileEncoder tileEncoder();

    /** @return CPU time that threads other than the caller's spent encoding this encoder's updates so far */
    default long helperCpuNanos() {
        return 0;
    }
}
