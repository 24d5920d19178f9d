package io.remoteassist.capture.encode;

import java.util.Arrays;

/**
 * PALETTE_DEFLATE payloads: {@code n-1}, {@code n} RGB triples, then a zlib stream of indices packed
 * 1/2/4/8 bits each, rows byte-aligned, first pixel in the high bits. Thread-safe.
 */
final class PaletteCodec {

    private static final ThreadLocal<byte[]> PACKED = ThreadLocal.withInitial(() -> new byte[64 * 64]);

    private PaletteCodec() {
    }

    /** Returns the bits per index for a palette of {@code n} colours. */
    static int bitsPerIndex(int n) {
        return n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
    }

    /** Encodes pixels whose colours {@code table} has just counted ({@code n <= 256} of them). */
    static byte[] encode(int[] pixels, int width, int height, ColourTable table, int n) {
        int bits = bitsPerIndex(n);
        int rowBytes = (width * bits + 7) / 8;
        byte[] packed = buffer(rowBytes * height);
        Arrays.fill(packed, 0, rowBytes * height, (byte) 0);
        // pixels per byte is 8, 4, 2 or 1: shifts and masks instead of divisions
        int perByteShift = Integer.numberOfTrailingZeros(8 / bits);
        int perByteMask = (1 << perByteShift) - 1;
        int lastPixel = pixels[0];
        int lastIndex = table.indexOf(lastPixel);
        int otherPixel = lastPixel;
        int otherIndex = lastIndex;
        for (int y = 0; y < height; y++) {
            int rowOut = y * rowBytes;
            int rowIn = y * width;
            for (int x = 0; x < width; x++) {
                // runs of one colour are the rule in UI tiles, and text alternates between two: look a colour up
                // only when it is neither of the last two
                int pixel = pixels[rowIn + x];
                if (pixel != lastPixel) {
                    int index = pixel == otherPixel ? otherIndex : table.indexOf(pixel);
                    otherPixel = lastPixel;
                    otherIndex = lastIndex;
                    lastPixel = pixel;
                    lastIndex = index;
                }
                int shift = 8 - bits * ((x & perByteMask) + 1);
                packed[rowOut + (x >> perByteShift)] |= (byte) (lastIndex << shift);
            }
        }
        byte[] body = Zlib.deflate(packed, rowBytes * height);
        byte[] payload = new byte[1 + n * 3 + body.length];
        payload[0] = (byte) (n - 1);
        int[] palette = table.palette();
        for (int i = 0; i < n; i++) {
            payload[1 + i * 3] = (byte) (palette[i] >> 16);
            payload[2 + i * 3] = (byte) (palette[i] >> 8);
            payload[3 + i * 3] = (byte) palette[i];
        }
        System.arraycopy(body, 0, payload, 1 + n * 3, body.length);
        return payload;
    }

    static void decode(byte[] payload, TilePlacement at, int[] target) {
        if (payload.length < 1) {
            throw new IllegalArgumentException("empty palette payload");
        }
        int n = (payload[0] & 0xFF) + 1;
        if (payload.length < 1 + n * 3) {
            throw new IllegalArgumentException("palette payload shorter than its " + n + " colours");
        }
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            int entry = 1 + i * 3;
            palette[i] = (payload[entry] & 0xFF) << 16 | (payload[entry + 1] & 0xFF) << 8 | payload[entry + 2] & 0xFF;
        }
        int bits = bitsPerIndex(n);
        int rowBytes = (at.width() * bits + 7) / 8;
        byte[] packed = buffer(rowBytes * at.height());
        Zlib.inflate(payload, 1 + n * 3, packed, rowBytes * at.height());
        int perByte = 8 / bits;
        int indexMask = (1 << bits) - 1;
        for (int y = 0; y < at.height(); y++) {
            int row = at.rowStart(y);
            for (int x = 0; x < at.width(); x++) {
                int shift = 8 - bits * (x % perByte + 1);
                int index = (packed[y * rowBytes + x / perByte] & 0xFF) >> shift & indexMask;
                if (index >= n) {
                    throw new IllegalArgumentException("palette index " + index + " of " + n);
                }
                target[row + x] = palette[index];
            }
        }
    }

    private static byte[] buffer(int size) {
        byte[] bytes = PACKED.get();
        if (bytes.length < size) {
            bytes = new byte[size];
            PACKED.set(bytes);
        }
        return bytes;
    }
}
