package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked reader of one payload: every read past the end, every bad boolean or bad UTF-8 becomes a
 * {@link ProtocolException} with {@link TransportStatus#BAD_PAYLOAD}, never a runtime exception. Integers are
 * big-endian. Not thread-safe.
 */
final class PayloadReader {

    private final byte[] bytes;
    private int position;

    PayloadReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int u8() throws ProtocolException {
        need(1);
        return bytes[position++] & 0xFF;
    }

    int u16() throws ProtocolException {
        need(2);
        int value = (bytes[position] & 0xFF) << 8 | (bytes[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    int s16() throws ProtocolException {
        return (short) u16();
    }

    int i32() throws ProtocolException {
        need(4);
        int value = FrameCodec.getInt(bytes, position);
        position += 4;
        return value;
    }

    long i64() throws ProtocolException {
        return (long) i32() << 32 | (i32() & 0xFFFF_FFFFL);
    }

    boolean bool() throws ProtocolException {
        int value = u8();
        if (value > 1) {
            throw bad("boolean out of range: " + value);
        }
        return value == 1;
    }

    byte[] bytes(int length) throws ProtocolException {
        need(length);
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    /** @return a u16-length-prefixed byte string */
    byte[] bytes16() throws ProtocolException {
        return bytes(u16());
    }

    /** @return everything left */
    byte[] rest() throws ProtocolException {
        return bytes(bytes.length - position);
    }

    /** @return a u16-length-prefixed, strictly valid UTF-8 string */
    String string16() throws ProtocolException {
        int length = u16();
        need(length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String value = decoder.decode(ByteBuffer.wrap(bytes, position, length)).toString();
            position += length;
            return value;
        } catch (CharacterCodingException e) {
            throw new ProtocolException(TransportStatus.BAD_PAYLOAD, "invalid UTF-8", e);
        }
    }

    /** Fails unless every byte has been read: trailing bytes mean a different or corrupted payload. */
    void end() throws ProtocolException {
        if (position != bytes.length) {
            throw bad((bytes.length - position) + " trailing bytes");
        }
    }

    static ProtocolException bad(String message) {
        return new ProtocolException(TransportStatus.BAD_PAYLOAD, message);
    }

    private void need(int length) throws ProtocolException {
        if (length < 0 || bytes.length - position < length) {
            throw bad("payload truncated");
        }
    }
}
