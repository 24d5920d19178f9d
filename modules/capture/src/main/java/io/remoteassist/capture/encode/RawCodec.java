package io.remoteassist.capture.encode;

/** RAW_DEFLATE payloads: a zlib stream of R, G, B bytes per pixel, row-major. Thread-safe. */
final class RawCodec {

    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[64 * 64 * 3]);

    private RawCodec() {
    }

    static byte[] encode(int[] pixels, int n) {
        byte[] bytes = buffer(n * 3);
        for (int i = 0, j = 0; i < n; i++, j += 3) {
            int p = pixels[i];
            bytes[j] = (byte) (p >> 16);
            bytes[j + 1] = (byte) (p >> 8);
            bytes[j + 2] = (byte) p;
        }
        return Zlib.deflate(bytes, n * 3);
    }

    static void decode(byte[] payload, TilePlacement at, int[] target) {
        int n = at.width() * at.height();
        byte[] bytes = buffer(n * 3);
        Zlib.inflate(payload, 0, bytes, n * 3);
        int j = 0;
        for (int y = 0; y < at.height(); y++) {
            int row = at.rowStart(y);
            for (int x = 0; x < at.width(); x++, j += 3) {
                target[row + x] = (bytes[j] & 0xFF) << 16 | (bytes[j + 1] & 0xFF) << 8 | bytes[j + 2] & 0xFF;
            }
        }
    }

    private static byte[] buffer(int size) {
        byte[] bytes = BYTES.get();
        if (bytes.length < size) {
            bytes = new byte[size];
            BYTES.set(bytes);
        }
        return bytes;
    }
}
