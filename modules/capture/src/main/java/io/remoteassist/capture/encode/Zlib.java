package io.remoteassist.capture.encode;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib streams (RFC 1950) at level 1 with one reusable {@link Deflater} and {@link Inflater} per thread.
 * Thread-safe.
 */
final class Zlib {

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(1));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);
    private static final ThreadLocal<byte[]> OUT = ThreadLocal.withInitial(() -> new byte[64 * 64 * 4]);

    private Zlib() {
    }

    /** Compresses {@code input[0..length)}; returns an exact-size array. */
    static byte[] deflate(byte[] input, int length) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(input, 0, length);
        deflater.finish();
        byte[] out = OUT.get();
        int size = 0;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
                OUT.set(out);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * Inflates {@code input[offset..)} into exactly {@code output[0..length)}.
     *
     * @throws IllegalArgumentException when the stream is corrupt or does not hold exactly {@code length} bytes
     */
    static void inflate(byte[] input, int offset, byte[] output, int length) {
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(input, offset, input.length - offset);
        try {
            int size = 0;
            while (size < length) {
                int n = inflater.inflate(output, size, length - size);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
            }
            if (size != length || !inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new IllegalArgumentException("zlib stream holds " + (size < length ? size : "more than " + length)
                        + " bytes, expected " + length);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt zlib stream", e);
        }
    }
}
