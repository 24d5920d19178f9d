package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.capture.api.TileEncoding;

/**
 * Chooses an encoding per tile by counting its distinct colours: one colour is SOLID, up to 256 is
 * PALETTE_DEFLATE, at least {@link EncoderSettings#photoColours()} (a photo, a gradient) is JPEG when lossy
 * output is allowed, anything else is RAW_DEFLATE. In {@link BandwidthLevel#FULL_256_COLORS} pixels are first
 * quantised with {@link Quantizer}, so tiles are always SOLID or PALETTE_DEFLATE. The other bandwidth levels
 * are desktop settings and change nothing here. Thread-safe.
 */
public final class AdaptiveTileEncoder implements TileEncoder {

    private static final int MAX_PALETTE = 256;

    private final EncoderSettings settings;
    private final ThreadLocal<Scratch> scratch;

    /** Creates an encoder following {@code settings}. */
    public AdaptiveTileEncoder(EncoderSettings settings) {
        this.settings = settings;
        int limit = settings.lossyAllowed() ? settings.photoColours() : MAX_PALETTE + 1;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new ColourTable(limit), limit));
    }

    @Override
    public EncoderSettings settings() {
        return settings;
    }

    @Override
    public EncodedTile encode(Frame frame, Rect area) {
        if (area.isEmpty() || !frame.bounds().intersect(area).equals(area) || area.width() > 0xFFFF
                || area.height() > 0xFFFF) {
            throw new IllegalArgumentException("tile " + area + " not inside " + frame.bounds());
        }
        Scratch s = scratch.get();
        int n = area.width() * area.height();
        int[] pixels = s.pixels(n);
        for (int y = 0; y < area.height(); y++) {
            System.arraycopy(frame.pixels(), (area.y() + y) * frame.width() + area.x(), pixels, y * area.width(),
                    area.width());
        }
        boolean quantized = settings.bandwidth() == BandwidthLevel.FULL_256_COLORS;
        if (quantized) {
            Quantizer.quantize(pixels, n);
        }
        int colours = s.table.count(pixels, n, s.limit);
        if (colours == 1) {
            int c = pixels[0];
            return new EncodedTile(area, TileEncoding.SOLID, new byte[] {(byte) (c >> 16), (byte) (c >> 8), (byte) c});
        }
        if (colours <= MAX_PALETTE) {
            return new EncodedTile(area, TileEncoding.PALETTE_DEFLATE,
                    PaletteCodec.encode(pixels, area.width(), area.height(), s.table, colours));
        }
        if (!quantized && settings.lossyAllowed() && colours >= settings.photoColours()) {
            return new EncodedTile(area, TileEncoding.JPEG,
                    JpegCodec.encode(pixels, area.width(), area.height(), settings.jpegQuality()));
        }
        return new EncodedTile(area, TileEncoding.RAW_DEFLATE, RawCodec.encode(pixels, n));
    }

    /** Per-thread buffers. */
    private static final class Scratch {
        final ColourTable table;
        final int limit;
        private int[] pixels = new int[64 * 64];

        Scratch(ColourTable table, int limit) {
            this.table = table;
            this.limit = limit;
        }

        int[] pixels(int n) {
            if (pixels.length < n) {
                pixels = new int[n];
            }
            return pixels;
        }
    }
}
