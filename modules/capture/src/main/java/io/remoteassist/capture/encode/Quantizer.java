package io.remoteassist.capture.encode;

/**
 * The 256-colour mode's fixed palette: a 6&times;7&times;6 colour cube (252 colours; green, to which the eye
 * is most sensitive, gets 7 levels). Each channel is rounded to its nearest level, so the error is at most
 * 26 in red and blue and 22 in green. Thread-safe.
 */
public final class Quantizer {

    /** The largest difference, per channel, between a colour and its quantised value. */
    public static final int MAX_ERROR = 26;

    private static final int[] RED = levels(6, 16);
    private static final int[] GREEN = levels(7, 8);
    private static final int[] BLUE = levels(6, 0);

    private Quantizer() {
    }

    /** Returns the cube colour nearest to {@code rgb} ({@code 0x00RRGGBB}). */
    public static int quantize(int rgb) {
        return RED[rgb >> 16 & 0xFF] | GREEN[rgb >> 8 & 0xFF] | BLUE[rgb & 0xFF];
    }

    /** Quantises {@code pixels[0..n)} in place. */
    static void quantize(int[] pixels, int n) {
        for (int i = 0; i < n; i++) {
            pixels[i] = quantize(pixels[i]);
        }
    }

    private static int[] levels(int count, int shift) {
        int[] table = new int[256];
        int steps = count - 1;
        for (int v = 0; v < 256; v++) {
            int level = (v * steps + 127) / 255;
            table[v] = (level * 255 + steps / 2) / steps << shift;
        }
        return table;
    }
}
