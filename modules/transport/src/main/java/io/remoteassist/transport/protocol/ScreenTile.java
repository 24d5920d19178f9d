package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import java.util.Arrays;
import java.util.Objects;

/**
 * A rectangle of the shared screen, in framebuffer pixels. Layout:
 * {@code x (u16) | y (u16) | width (u16) | height (u16) | encoding (u8) | data (rest of payload)}.
 *
 * <p>Its frame key is {@code x << 16 | y}: a newer tile at the same position supersedes a queued older one, so
 * each tile must be decodable on its own (no deltas against a tile that may have been dropped).
 *
 * @param x        left edge
 * @param y        top edge
 * @param width    width, at least 1
 * @param height   height, at least 1
 * @param encoding encoding id, defined by the capture pipeline (raw, PNG, JPEG...)
 * @param data     the encoded pixels
 */
public record ScreenTile(int x, int y, int width, int height, int encoding, byte[] data) implements Payload {

    /** Validates fields. */
    public ScreenTile {
        Ranges.u16("x", x);
        Ranges.u16("y", y);
        if (Ranges.u16("width", width) == 0 || Ranges.u16("height", height) == 0) {
            throw new IllegalArgumentException("empty tile");
        }
        Ranges.u8("encoding", encoding);
        Objects.requireNonNull(data, "data");
    }

    @Override
    public FrameType type() {
        return FrameType.SCREEN_TILE;
    }

    @Override
    public int key() {
        return x << 16 | y;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScreenTile that && x == that.x && y == that.y && width == that.width
                && height == that.height && encoding == that.encoding && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, width, height, encoding, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "ScreenTile[" + x + "," + y + " " + width + "x" + height + " enc=" + encoding + ", "
                + data.length + " bytes]";
    }
}
