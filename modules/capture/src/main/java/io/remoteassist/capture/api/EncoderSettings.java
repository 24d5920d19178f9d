package io.remoteassist.capture.api;

/**
 * How a {@link TileEncoder} chooses an encoding for each tile.
 *
 * @param bandwidth     the policy's bandwidth level; {@link BandwidthLevel#FULL_256_COLORS} forces the palette
 * @param lossyAllowed  whether photo-like tiles may be sent as JPEG
 * @param jpegQuality   JPEG quality, 0.0 (smallest) to 1.0 (best)
 * @param photoColours  distinct colours in a tile from which it counts as photo-like (JPEG when allowed)
 */
public record EncoderSettings(BandwidthLevel bandwidth, boolean lossyAllowed, float jpegQuality, int photoColours) {

    /** The default threshold for photo-like tiles: 1024 distinct colours among 4096 pixels. */
    public static final int DEFAULT_PHOTO_COLOURS = 1024;

    /** Validates the ranges. */
    public EncoderSettings {
        if (jpegQuality < 0f || jpegQuality > 1f) {
            throw new IllegalArgumentException("jpegQuality out of 0..1: " + jpegQuality);
        }
        if (photoColours < 257) {
            throw new IllegalArgumentException("photoColours must exceed the palette size: " + photoColours);
        }
    }

    /** Lossless only, true colour. */
    public static EncoderSettings lossless() {
        return new EncoderSettings(BandwidthLevel.NONE, false, 0.8f, DEFAULT_PHOTO_COLOURS);
    }

    /** Lossless, but JPEG at {@code quality} for photo-like tiles. */
    public static EncoderSettings adaptive(float quality) {
        return new EncoderSettings(BandwidthLevel.NONE, true, quality, DEFAULT_PHOTO_COLOURS);
    }

    /** Returns a copy with another bandwidth level. */
    public EncoderSettings withBandwidth(BandwidthLevel level) {
        return new EncoderSettings(level, lossyAllowed, jpegQuality, photoColours);
    }
}
