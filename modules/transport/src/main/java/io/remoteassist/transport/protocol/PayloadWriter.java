package io.remoteassist.transport.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Growable big-endian writer of one payload, the counterpart of {@link PayloadReader}. Grows by doubling, so
 * writing costs amortized constant time per field and no allocation per byte. Not thread-safe.
 */
final class PayloadWriter {

    private byte[] bytes;
    private int size;

    PayloadWriter(int expectedSize) {
        bytes = new byte[Math.max(16, expectedSize)];
    }

    PayloadWriter u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    PayloadWriter u16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    PayloadWriter i32(int value) {
        ensure(4);
        FrameCodec.putInt(bytes, size, value);
        size += 4;
        return this;
    }

    PayloadWriter i64(long value) {
        return i32((int) (value >>> 32)).i32((int) value);
    }

    PayloadWriter bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    PayloadWriter bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    PayloadWriter bytes16(byte[] value) {
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException("byte string longer than 65535");
        }
        return u16(value.length).bytes(value);
    }

    PayloadWriter string16(String value) {
        return bytes16(value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void ensure(int extra) {
        if (bytes.length - size < extra) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}
