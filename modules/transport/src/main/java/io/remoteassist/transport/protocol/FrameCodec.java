package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import java.nio.ByteBuffer;

/**
 * Writes frames in the wire format; {@link FrameParser} reads them.
 *
 * <h2>Frame (version 1)</h2>
 * All integers are unsigned, big-endian.
 * <pre>
 *   0        1        2        3        4                 8                 12
 *  +--------+--------+--------+--------+-----------------+-----------------+---------------------+
 *  | magic  | version|  type  | flags  |   key (u32)     |  length (u32)   | payload             |
 *  |  0x52  |  0x01  |        |        |                 |                 | (length bytes)      |
 *  +--------+--------+--------+--------+-----------------+-----------------+---------------------+
 *  flags: bit 0 = ENCRYPTED; bit 1 = END_OF_UPDATE (last tile of an update); bits 2..7 reserved, must be 0
 *  key:   coalescing key of droppable frames (same type and key: the newer supersedes), 0 = none
 *  length: at most the type's cap ({@link FrameType#maxPayload()}) and the reader's cap (default 4 MiB),
 *          plus {@link #ENVELOPE_OVERHEAD} when ENCRYPTED
 * </pre>
 *
 * <h2>Encrypted envelope (payload when ENCRYPTED is set)</h2>
 * <pre>
 *   0                    8                                   length-16          length
 *  +--------------------+-----------------------------------+------------------+
 *  | sequence (u64)     | ciphertext (length - 24 bytes)    | GCM tag (16)     |
 *  +--------------------+-----------------------------------+------------------+
 *  nonce (12 bytes) = sender role id (u8) | lane (u8: 0 reliable, 1 screen, 2 pointer) | 0x0000 | sequence (u64)
 *  AAD             = the 12 header bytes exactly as sent
 * </pre>
 * Never allowed on {@code HELLO} and {@code AUTH}. See {@code io.remoteassist.transport.net.SessionCipher}.
 *
 * <h2>Version history</h2>
 * <ul>
 *   <li>1: first version: 12-byte header, eleven types, encrypted flag, coalescing key; later the
 *       END_OF_UPDATE marker flag (receivers that do not know it ignore it).</li>
 * </ul>
 */
public final class FrameCodec {

    /** First byte of every frame ('R'). */
    public static final int MAGIC = 0x52;
    /** The protocol version this code speaks. */
    public static final int VERSION = 1;
    /** Bytes an encrypted envelope adds to a payload: sequence number and tag. */
    public static final int ENVELOPE_OVERHEAD = 8 + 16;
    /** Default cap on a payload, in bytes (4 MiB). */
    public static final int DEFAULT_MAX_PAYLOAD = 4 * 1024 * 1024;

    private FrameCodec() {
    }

    /**
     * Writes a header into an array.
     *
     * @param dst    destination, at least {@code off + 12} long
     * @param off    where to start
     * @param type   frame type
     * @param flags  flag bits
     * @param key    coalescing key
     * @param length payload length in bytes
     */
    public static void writeHeader(byte[] dst, int off, FrameType type, int flags, int key, int length) {
        dst[off] = (byte) MAGIC;
        dst[off + 1] = (byte) VERSION;
        dst[off + 2] = (byte) type.code();
        dst[off + 3] = (byte) flags;
        putInt(dst, off + 4, key);
        putInt(dst, off + 8, length);
    }

    /**
     * Writes one frame, header and payload, at the buffer's position.
     *
     * @param frame the frame
     * @param out   the destination; must have {@link Frame#wireSize()} bytes remaining
     * @throws java.nio.BufferOverflowException if it has not
     */
    public static void encode(Frame frame, ByteBuffer out) {
        if (out.remaining() < frame.wireSize()) {
            throw new java.nio.BufferOverflowException();
        }
        out.put((byte) MAGIC)
                .put((byte) VERSION)
                .put((byte) frame.type().code())
                .put((byte) frame.flags())
                .putInt(frame.key())
                .putInt(frame.payload().length)
                .put(frame.payload());
    }

    /**
     * @param frame the frame
     * @return a new array holding the frame's wire bytes
     */
    public static byte[] encode(Frame frame) {
        byte[] bytes = new byte[frame.wireSize()];
        writeHeader(bytes, 0, frame.type(), frame.flags(), frame.key(), frame.payload().length);
        System.arraycopy(frame.payload(), 0, bytes, Frame.HEADER_SIZE, frame.payload().length);
        return bytes;
    }

    static void putInt(byte[] dst, int off, int value) {
        dst[off] = (byte) (value >>> 24);
        dst[off + 1] = (byte) (value >>> 16);
        dst[off + 2] = (byte) (value >>> 8);
        dst[off + 3] = (byte) value;
    }

    static int getInt(byte[] src, int off) {
        return (src[off] & 0xFF) << 24 | (src[off + 1] & 0xFF) << 16 | (src[off + 2] & 0xFF) << 8
                | (src[off + 3] & 0xFF);
    }
}
