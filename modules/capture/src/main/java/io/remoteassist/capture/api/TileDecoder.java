package io.remoteassist.capture.api;

/**
 * Decodes {@link EncodedTile}s into a pixel buffer ({@code 0x00RRGGBB}, row-major). Thread-safe.
 */
public interface TileDecoder {

    /**
     * Writes the tile's pixels into {@code target} at the tile's position.
     *
     * @param stride pixels per row of {@code target}
     * @throws IllegalArgumentException when the payload is malformed or the tile falls outside the target
     */
    void decode(EncodedTile tile, int[] target, int stride);
}
