package io.remoteassist.transport.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One frame of the wire protocol: a typed, flagged, keyed and opaque payload. The byte layout is documented in
 * {@code io.remoteassist.transport.protocol.FrameCodec}.
 *
 * <p>The payload array is owned by the frame and is not copied, so that parsing and relaying allocate one
 * array per frame and nothing per byte: do not mutate it after construction. {@link #equals(Object)} compares
 * payload contents.
 *
 * @param type    the message type
 * @param flags   flag bits, see {@link #ENCRYPTED} and {@link #END_OF_UPDATE}; other bits are reserved and must be zero
 * @param key     coalescing key of droppable frames (a newer frame with the same type and key supersedes an
 *                older one); {@code 0} means "no key". Travels in clear, authenticated.
 * @param payload the payload bytes: a payload record's encoding, or an encrypted envelope
 */
public record Frame(FrameType type, int flags, int key, byte[] payload) {

    /** Flag bit: the payload is an encrypted envelope (sequence number, ciphertext, tag). */
    public static final int ENCRYPTED = 0x01;

    /**
     * Flag bit: the last screen tile of one captured update; a receiver may present what it has drawn. Only a marker:
     * a receiver that ignores it still draws every tile.
     */
    public static final int END_OF_UPDATE = 0x02;

    /** All flag bits this version defines. */
    public static final int KNOWN_FLAGS = ENCRYPTED | END_OF_UPDATE;

    /** Size of the frame header on the wire, in bytes. */
    public static final int HEADER_SIZE = 12;

    /**
     * @throws IllegalArgumentException if reserved flags are set or the flags do not fit a byte
     */
    public Frame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new IllegalArgumentException("reserved flag bits set: " + flags);
        }
    }

    /**
     * @param type    the message type
     * @param payload the clear payload
     * @return an unflagged, unkeyed frame
     */
    public static Frame of(FrameType type, byte[] payload) {
        return new Frame(type, 0, 0, payload);
    }

    /** @return {@code true} if the payload is an encrypted envelope */
    public boolean encrypted() {
        return (flags & ENCRYPTED) != 0;
    }

    /** @return the frame's size on the wire, header included, in bytes */
    public int wireSize() {
        return HEADER_SIZE + payload.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame that
                && type == that.type
                && flags == that.flags
                && key == that.key
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, flags, key, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "Frame[" + type + ", flags=" + flags + ", key=" + key + ", " + payload.length + " bytes]";
    }
}
