package io.remoteassist.capture.api;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One encoded rectangle of the screen, ready to send.
 *
 * <h2>Tile frame (version 1), all integers big-endian</h2>
 * <pre>
 * offset size field
 *      0    1 encoding id     0 SOLID, 1 RAW_DEFLATE, 2 PALETTE_DEFLATE, 3 JPEG, 4 COPY ({@link TileEncoding#id()})
 *      1    1 version        1
 *      2    2 x              left column of the tile on the screen
 *      4    2 y              top row
 *      6    2 width          1..65535 (64 for every tile but the right and bottom edges)
 *      8    2 height
 *     10    4 payload length N
 *     14    N payload        as below
 * </pre>
 *
 * <h2>Payloads</h2>
 * <ul>
 *   <li><b>SOLID</b>: 3 bytes {@code R G B}; every pixel of the tile has that colour.</li>
 *   <li><b>RAW_DEFLATE</b>: a zlib stream (RFC 1950, as {@code DecompressionStream('deflate')} reads it) of
 *       {@code width*height*3} bytes, pixels row-major, each {@code R G B}.</li>
 *   <li><b>PALETTE_DEFLATE</b>: 1 byte {@code n-1} (palette size {@code n}, 2..256), then {@code n*3} bytes
 *       {@code R G B}, then a zlib stream of the indices. Bits per index: 1 if {@code n<=2}, 2 if
 *       {@code n<=4}, 4 if {@code n<=16}, else 8. Each row starts on a byte boundary; within a byte the
 *       first pixel is in the most significant bits. Unused low bits of a row's last byte are zero.</li>
 *   <li><b>JPEG</b>: a baseline JFIF file of exactly {@code width x height} pixels (ImageIO, YCbCr 4:2:0),
 *       as a browser's {@code createImageBitmap} reads it.</li>
 *   <li><b>COPY</b>: 2 bytes source x, 2 bytes source y: the tile's pixels are the {@code width x height}
 *       pixels the receiver shows at (source x, source y) — scrolled text, a dragged window. The source is read
 *       from the receiver's picture as it is when the tile arrives; an {@link UpdateEncoder} sends COPY tiles
 *       first in an update and never reads from a place an earlier tile of the same update wrote, so that is the
 *       picture before the update. Needs every earlier tile, in order: only from an {@link UpdateEncoder}.</li>
 * </ul>
 *
 * <h2>Version history</h2>
 * <ul><li>1: first version; COPY added later (a receiver without it fails on the unknown encoding).</li></ul>
 *
 * <p>{@code payload} is not copied; treat it as immutable.
 */
public record EncodedTile(Rect area, TileEncoding encoding, byte[] payload) {

    /** The value of the version byte written by {@link #toBytes()}. */
    public static final int VERSION = 1;

    /** The size of the tile frame header in bytes. */
    public static final int HEADER_BYTES = 14;

    /** Returns the tile frame: header then payload. */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        out.put((byte) encoding.id()).put((byte) VERSION);
        out.putShort((short) area.x()).putShort((short) area.y());
        out.putShort((short) area.width()).putShort((short) area.height());
        out.putInt(payload.length).put(payload);
        return out.array();
    }

    /**
     * Reads one tile frame.
     *
     * @throws IllegalArgumentException when the bytes are not a complete version-1 tile frame
     */
    public static EncodedTile fromBytes(byte[] frame) {
        if (frame.length < HEADER_BYTES) {
            throw new IllegalArgumentException("tile frame shorter than its header");
        }
        ByteBuffer in = ByteBuffer.wrap(frame);
        TileEncoding encoding = TileEncoding.ofId(in.get() & 0xFF);
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported tile frame version " + version);
        }
        Rect area = new Rect(in.getShort() & 0xFFFF, in.getShort() & 0xFFFF, in.getShort() & 0xFFFF,
                in.getShort() & 0xFFFF);
        int length = in.getInt();
        if (length < 0 || length != in.remaining()) {
            throw new IllegalArgumentException("tile payload length " + length + ", " + in.remaining() + " present");
        }
        return new EncodedTile(area, encoding, Arrays.copyOfRange(frame, HEADER_BYTES, frame.length));
    }

    /** Returns the size of {@link #toBytes()} without building it. */
    public int wireSize() {
        return HEADER_BYTES + payload.length;
    }
}
