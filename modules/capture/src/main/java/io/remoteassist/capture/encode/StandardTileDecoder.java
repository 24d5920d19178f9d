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
            case COPY -> decodeCopy(payload, area, target, stride);
            default -> throw new IllegalArgumentException("unknown encoding " + tile.encoding());
        }
    }

    private static void decodeCopy(byte[] payload, Rect area, int[] target, int stride) {
        if (payload.length != 4) {
            throw new IllegalArgumentException("copy payload of " + payload.length + " bytes");
        }
        int sx = (payload[0] & 0xFF) << 8 | payload[1] & 0xFF;
        int sy = (payload[2] & 0xFF) << 8 | payload[3] & 0xFF;
        if (sx + area.width() > stride || (long) (sy + area.height()) * stride > target.length) {
            throw new IllegalArgumentException("copy source " + sx + "," + sy + " outside a target of stride " + stride);
        }
        // overlapping source and destination: copy rows away from the side being written
        boolean down = sy < area.y();
        for (int i = 0; i < area.height(); i++) {
            int row = down ? area.height() - 1 - i : i;
            System.arraycopy(target, (sy + row) * stride + sx, target, (area.y() + row) * stride + area.x(),
                area.width());
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
