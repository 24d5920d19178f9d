package io.remoteassist.capture.api;

/**
 * How one tile's pixels are encoded; {@link #id()} is the byte that names it on the wire.
 * The byte layouts are documented on {@link EncodedTile}.
 */
public enum TileEncoding {
    /** One colour for the whole tile: 3 bytes R, G, B. Lossless. */
    SOLID(0),
    /** Every pixel as R, G, B bytes, zlib-compressed. Lossless. */
    RAW_DEFLATE(1),
    /** A palette of at most 256 colours and packed indices, zlib-compressed. Lossless. */
    PALETTE_DEFLATE(2),
    /** A baseline JFIF/JPEG image. Lossy. */
    JPEG(3),
    /**
     * Pixels the receiver already shows elsewhere (scrolled or moved content): 2 bytes source x, 2 bytes source y.
     * Lossless. Only in an ordered, undropped stream of updates; see {@link EncodedTile}.
     */
    COPY(4);

    private final int id;

    TileEncoding(int id) {
        this.id = id;
    }

    /** Returns the wire byte of this encoding. */
    public int id() {
        return id;
    }

    /** Returns the encoding named by a wire byte. @throws IllegalArgumentException for an unknown byte */
    public static TileEncoding ofId(int id) {
        for (TileEncoding e : values()) {
            if (e.id == id) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown tile encoding " + id);
    }

    /** Returns {@code true} when decoding gives back the exact pixels. */
    public boolean lossless() {
        return this != JPEG;
    }
}
