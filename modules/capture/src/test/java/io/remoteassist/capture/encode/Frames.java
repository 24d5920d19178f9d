package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import java.util.List;
import java.util.Random;

/** Frames built for tests. */
final class Frames {

    private Frames() {
    }

    /** A copy of {@code frame} with its own pixel array. */
    static Frame copy(Frame frame) {
        return new Frame(frame.width(), frame.height(), frame.pixels().clone(), frame.damage(), frame.keyFrame(),
                frame.sequence(), frame.captureNanos());
    }

    /** A frame of the given pixels whose damage is the whole screen. */
    static Frame of(int width, int height, int[] pixels) {
        return new Frame(width, height, pixels, List.of(new Rect(0, 0, width, height)), false, 1, 0);
    }

    /** A tile-sized frame using exactly {@code colours} distinct colours, in random order. */
    static Frame withColours(int width, int height, int colours, long seed) {
        Random random = new Random(seed);
        int[] palette = random.ints(colours * 4L, 0, 0x1000000).distinct().limit(colours).toArray();
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = palette[i < colours ? i : random.nextInt(colours)];
        }
        return of(width, height, pixels);
    }

    /** A smooth photo-like image: gradients plus mild noise, thousands of colours per tile. */
    static Frame photo(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = clamp(x * 3 + random.nextInt(9));
                int g = clamp(y * 3 + random.nextInt(9));
                int b = clamp(128 + (int) (60 * Math.sin((x + y) / 9.0)) + random.nextInt(9));
                pixels[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return of(width, height, pixels);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
