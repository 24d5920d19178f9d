package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Change detection on 64&times;64 tiles against a private copy of the previous frame. Only tiles touching a
 * damage rectangle are compared (a whole 1080p frame costs about half a millisecond when the source cannot
 * tell). Not thread-safe except {@link #requestFullFrame()}.
 */
public final class TileDiffer implements ChangeDetector {

    /** The tile edge in pixels. */
    public static final int TILE = 64;

    private static final byte UNCHECKED = 0;
    private static final byte SAME = 1;
    private static final byte CHANGED = 2;

    private final int width;
    private final int height;
    private final int columns;
    private final int rows;
    private final int[] previous;
    private final byte[] state;
    private final AtomicBoolean fullRequested = new AtomicBoolean(true);

    /** Creates a differ for frames of {@code width x height}; the first frame it sees is reported whole. */
    public TileDiffer(int width, int height) {
        this.width = width;
        this.height = height;
        this.columns = (width + TILE - 1) / TILE;
        this.rows = (height + TILE - 1) / TILE;
        this.previous = new int[width * height];
        this.state = new byte[columns * rows];
    }

    @Override
    public int tileSize() {
        return TILE;
    }

    @Override
    public void requestFullFrame() {
        fullRequested.set(true);
    }

    @Override
    public List<Rect> changedTiles(Frame frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height() + " given to a "
                    + width + "x" + height + " differ");
        }
        int[] pixels = frame.pixels();
        if (fullRequested.getAndSet(false) || frame.keyFrame()) {
            System.arraycopy(pixels, 0, previous, 0, width * height);
            Arrays.fill(state, CHANGED);
            return collect();
        }
        Arrays.fill(state, UNCHECKED);
        for (Rect damage : frame.damage()) {
            Rect d = damage.intersect(frame.bounds());
            if (d.isEmpty()) {
                continue;
            }
            for (int row = d.y() / TILE; row <= (d.bottom() - 1) / TILE; row++) {
                for (int column = d.x() / TILE; column <= (d.right() - 1) / TILE; column++) {
                    int index = row * columns + column;
                    if (state[index] == UNCHECKED) {
                        state[index] = compareAndKeep(pixels, tile(column, row)) ? CHANGED : SAME;
                    }
                }
            }
        }
        return collect();
    }

    /** Returns {@code true} when the tile differs, after copying it into the previous frame. */
    private boolean compareAndKeep(int[] pixels, Rect tile) {
        int y = tile.y();
        for (; y < tile.bottom(); y++) {
            int from = y * width + tile.x();
            if (Arrays.mismatch(pixels, from, from + tile.width(), previous, from, from + tile.width()) >= 0) {
                break;
            }
        }
        if (y == tile.bottom()) {
            return false;
        }
        for (; y < tile.bottom(); y++) {
            int from = y * width + tile.x();
            System.arraycopy(pixels, from, previous, from, tile.width());
        }
        return true;
    }

    private Rect tile(int column, int row) {
        int x = column * TILE;
        int y = row * TILE;
        return new Rect(x, y, Math.min(TILE, width - x), Math.min(TILE, height - y));
    }

    private List<Rect> collect() {
        List<Rect> changed = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (state[i] == CHANGED) {
                changed.add(tile(i % columns, i / columns));
            }
        }
        return changed;
    }
}
