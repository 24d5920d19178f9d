package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileDecoder;
import java.util.Arrays;

/** Decodes every {@link io.remoteassist.capture.api.TileEncoding}; the reference for other decoders. Thread-safe. */
public final class StandardTileDecoder implements TileDecoder {

    @Override
    public void decode(EncodedTile tile, int[] target, int stride) {
        Rect area = tile.area();
        if (area.isEmpty() || area.right() > stride || (long) area.bottom() * stride > target.length) {
            throw new IllegalArgumentException("tile " + area + " outside a target of stride " + stride);
        }
        TilePlacement at = new TilePlacement(area, stride);
        byte[] payload = tile.payload();
        switch (tile.encoding()) {
            case SOLID -> decodeSolid(payload, at, target);
            case RAW_DEFLATE -> RawCodec.decode(payload, at, target);
            case PALETTE_DEFLATE -> PaletteCodec.decode(payload, at, target);
            case JPEG -> JpegCodec.decode(payload, at, target);
            default -> throw new IllegalArgumentException("unknown encoding " + tile.encoding());
        }
    }

    private static void decodeSolid(byte[] payload, TilePlacement at, int[] target) {
        if (payload.length != 3) {
            throw new IllegalArgumentException("solid payload of " + payload.length + " bytes");
        }
        int colour = (payload[0] & 0xFF) << 16 | (payload[1] & 0xFF) << 8 | payload[2] & 0xFF;
        for (int y = 0; y < at.height(); y++) {
            int row = at.rowStart(y);
            Arrays.fill(target, row, row + at.width(), colour);
        }
    }
}
