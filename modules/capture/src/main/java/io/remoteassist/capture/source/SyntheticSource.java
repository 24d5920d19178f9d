package io.remoteassist.capture.source;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deterministic desktop for tests and benchmarks: a gradient wallpaper with a photo-like noise patch
 * (static), a terminal whose text-like glyph stripes scroll 4 px per frame, a box sliding 7 px per frame
 * and a spinner turning 30&deg; per frame. Frame {@code n} of two sources with the same size and seed is
 * identical; damage lists exactly the rectangles repainted. Not thread-safe except {@link #requestKeyFrame()}.
 */
public final class SyntheticSource implements ScreenSource {

    private static final int LINE_HEIGHT = 16;
    private static final int GLYPH_WIDTH = 8;
    private static final int SCROLL_PER_FRAME = 4;
    private static final int BOX_STEP = 7;
    private static final int SPINNER_SIZE = 48;

    private final int width;
    private final int height;
    private final long seed;
    private final int[] pixels;
    private final Rect screen;
    private final Rect text;
    private final Rect photo;
    private final Rect spinner;
    private final int boxWidth;
    private final int boxHeight;
    private final int boxTravel;
    private final AtomicBoolean keyFrameRequested = new AtomicBoolean(true);
    private long sequence;

    /** Creates a {@code width x height} desktop (at least 160&times;160) drawn from {@code seed}. */
    public SyntheticSource(int width, int height, long seed) {
        if (width < 160 || height < 160) {
            throw new IllegalArgumentException("synthetic screen too small: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.seed = seed;
        this.pixels = new int[width * height];
        this.screen = new Rect(0, 0, width, height);
        this.text = new Rect(16, 16, Math.min(640, width / 2 - 16), Math.min(480, height / 2 - 16));
        this.photo = new Rect(width / 2 + 16, 16, Math.min(320, width / 2 - 32), Math.min(240, height / 2 - 32));
        this.spinner = new Rect(width - SPINNER_SIZE - 16, height / 2 + 16, SPINNER_SIZE, SPINNER_SIZE);
        this.boxWidth = Math.min(120, width / 5);
        this.boxHeight = Math.min(80, height / 6);
        this.boxTravel = width - SPINNER_SIZE - 32 - boxWidth;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public Frame grab() {
        long n = sequence++;
        boolean key = keyFrameRequested.getAndSet(false);
        List<Rect> damage;
        if (n == 0) {
            paintBackground(screen);
            paintText(n);
            paintBox(n);
            paintSpinner(n);
            damage = List.of(screen);
        } else {
            Rect before = box(n - 1);
            paintBackground(before);
            paintText(n);
            paintBox(n);
            paintSpinner(n);
            damage = List.of(text, before.union(box(n)), spinner);
        }
        return new Frame(width, height, pixels, key ? List.of(screen) : damage, key || n == 0, n, System.nanoTime());
    }

    @Override
    public void requestKeyFrame() {
        keyFrameRequested.set(true);
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private Rect box(long n) {
        long period = 2L * boxTravel;
        int phase = (int) ((n * BOX_STEP) % period);
        int x = phase < boxTravel ? phase : (int) (period - phase);
        return new Rect(x, height - boxHeight - 16, boxWidth, boxHeight);
    }

    private void paintBackground(Rect area) {
        for (int y = area.y(); y < area.bottom(); y++) {
            int row = y * width;
            for (int x = area.x(); x < area.right(); x++) {
                pixels[row + x] = background(x, y);
            }
        }
    }

    private int background(int x, int y) {
        if (x >= photo.x() && x < photo.right() && y >= photo.y() && y < photo.bottom()) {
            int h = mix(seed, x, y);
            int r = (x * 255 / width + (h & 31)) & 0xFF;
            int g = (y * 255 / height + ((h >> 5) & 31)) & 0xFF;
            int b = (128 + ((h >> 10) & 63)) & 0xFF;
            return r << 16 | g << 8 | b;
        }
        int shade = 40 + (y >> 3) % 64;
        return shade << 16 | (shade + 20) << 8 | (shade + 60);
    }

    private void paintText(long n) {
        long scroll = n * SCROLL_PER_FRAME;
        for (int y = 0; y < text.height(); y++) {
            long line = (scroll + y) / LINE_HEIGHT;
            int glyphRow = (int) ((scroll + y) % LINE_HEIGHT);
            int rowStart = (text.y() + y) * width + text.x();
            int lineLength = Math.floorMod(mix(seed, (int) line, -1), text.width() / GLYPH_WIDTH);
            for (int x = 0; x < text.width(); x++) {
                int column = x / GLYPH_WIDTH;
                int colour = 0xFFFFFF;
                if (glyphRow >= 2 && glyphRow < 14 && column < lineLength) {
                    int bits = mix(seed, (int) line * 131 + column, glyphRow);
                    int bit = x % GLYPH_WIDTH;
                    if (bit < 7 && (bits >> bit & 1) != 0) {
                        colour = (bits >> 8 & 3) == 0 ? 0x808080 : 0x101010;
                    }
                }
                pixels[rowStart + x] = colour;
            }
        }
    }

    private void paintBox(long n) {
        Rect b = box(n);
        for (int y = b.y(); y < b.bottom(); y++) {
            for (int x = b.x(); x < b.right(); x++) {
                boolean border = y - b.y() < 3 || b.bottom() - y <= 3 || x - b.x() < 3 || b.right() - x <= 3;
                pixels[y * width + x] = border ? 0x202060 : 0x3070D0;
            }
        }
    }

    private void paintSpinner(long n) {
        double start = Math.toRadians((n * 30) % 360);
        double centre = (SPINNER_SIZE - 1) / 2.0;
        for (int y = 0; y < SPINNER_SIZE; y++) {
            for (int x = 0; x < SPINNER_SIZE; x++) {
                double dx = x - centre;
                double dy = y - centre;
                double radius = Math.sqrt(dx * dx + dy * dy);
                double angle = Math.floorMod((long) Math.toDegrees(Math.atan2(dy, dx) - start), 360L);
                boolean lit = radius > 12 && radius < 22 && angle < 90;
                pixels[(spinner.y() + y) * width + spinner.x() + x] = lit ? 0xF0A000 : 0xE0E0E0;
            }
        }
    }

    private static int mix(long seed, int a, int b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a * 0x1F1F1F1FL + b);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }
}
