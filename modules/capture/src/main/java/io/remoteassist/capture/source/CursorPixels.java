package io.remoteassist.capture.source;

import com.sun.jna.Pointer;
import io.remoteassist.capture.api.CursorImage;

/**
 * Turns the pixels of an {@code XFixesCursorImage} into a {@link CursorImage}: one {@code unsigned long} per pixel
 * holding premultiplied ARGB in its low 32 bits (8 bytes each on 64-bit Linux), converted to straight alpha; the hot
 * spot clamped into the image; sides above {@link CursorImage#MAX_SIDE} cropped around the hot spot; an empty image
 * (a hidden pointer) becomes one transparent pixel. Stateless.
 */
final class CursorPixels {

    private CursorPixels() {
    }

    /** Reads {@code count} pixels of {@code longSize} bytes each (4 or 8), keeping the low 32 bits of each. */
    static int[] read(Pointer pixels, int count, int longSize) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = longSize == 8 ? (int) pixels.getLong(i * 8L) : pixels.getInt(i * 4L);
        }
        return out;
    }

    /**
     * @param premultiplied {@code width*height} premultiplied ARGB pixels, row-major
     * @return the image as the rest of the pipeline takes it
     */
    static CursorImage image(long serial, int width, int height, int hotX, int hotY, int[] premultiplied) {
        if (width <= 0 || height <= 0 || premultiplied.length < width * height) {
            return new CursorImage(serial, 1, 1, 0, 0, new int[1]);
        }
        int hx = clamp(hotX, 0, width - 1);
        int hy = clamp(hotY, 0, height - 1);
        int w = Math.min(width, CursorImage.MAX_SIDE);
        int h = Math.min(height, CursorImage.MAX_SIDE);
        int left = clamp(hx - w / 2, 0, width - w);
        int top = clamp(hy - h / 2, 0, height - h);
        int[] argb = new int[w * h];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                argb[row * w + col] = straight(premultiplied[(top + row) * width + left + col]);
            }
        }
        return new CursorImage(serial, w, h, hx - left, hy - top, argb);
    }

    /** Premultiplied to straight alpha; a fully transparent pixel is 0. */
    static int straight(int pixel) {
        int a = pixel >>> 24;
        if (a == 0xFF) {
            return pixel;
        }
        if (a == 0) {
            return 0;
        }
        int r = Math.min(255, ((pixel >>> 16 & 0xFF) * 255 + a / 2) / a);
        int g = Math.min(255, ((pixel >>> 8 & 0xFF) * 255 + a / 2) / a);
        int b = Math.min(255, ((pixel & 0xFF) * 255 + a / 2) / a);
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
