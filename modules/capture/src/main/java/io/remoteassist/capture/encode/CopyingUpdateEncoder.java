package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.capture.api.UpdateEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link UpdateEncoder} that finds scrolled and moved content. It keeps {@code shown}, the receiver's picture
 * after every update so far. For each changed tile that is not one colour it tries, against {@code shown}: the
 * offsets that worked most recently, then (at most {@link #MAX_SEARCHES} tiles per update) every vertical offset up
 * to {@link #MAX_SCROLL} pixels and every offset up to {@link #MAX_MOVE} pixels both ways; a candidate is rejected by
 * two pixels of the tile's first two-coloured row most of the time, and a hit is checked on every pixel. Copies go first, ordered so that each reads before anything overwrites
 * its source (upward scrolls top down, downward ones bottom up); a copy whose source touches a tile already written
 * in this update is encoded normally instead. The other tiles may be encoded on two threads ({@link SharedTileWork}).
 */
public final class CopyingUpdateEncoder implements UpdateEncoder {

    /** Largest vertical scroll looked for, in pixels. */
    static final int MAX_SCROLL = 512;
    /** Largest move in both directions looked for, in pixels. */
    static final int MAX_MOVE = 16;
    /** Tiles per update that may run a full search; the others try the recent offsets only. */
    static final int MAX_SEARCHES = 24;

    private static final int TILE = TileDiffer.TILE;
    private static final int HINTS = 4;
    private static final int SIGNATURE_STEP = 4;

    private final int width;
    private final int height;
    private final int columns;
    private final int[] shown;
    private final boolean[] written;
    private final TileEncoder tiles;
    private final SharedTileWork work;
    private final AtomicBoolean resetRequested = new AtomicBoolean(true);
    private final int[] hintDx = new int[HINTS];
    private final int[] hintDy = new int[HINTS];
    private int hints;
    /** For each tile column, a signature of every row of {@code shown} in it (see {@link #signature}). */
    private final int[][] rowSignatures;

    /** Creates an encoder for {@code width x height} frames that encodes on the caller's thread alone. */
    public CopyingUpdateEncoder(int width, int height, TileEncoder tiles) {
        this(width, height, tiles, false);
    }

    /**
     * Creates an encoder for {@code width x height} frames; the first update copies nothing.
     *
     * @param shareTiles whether the tiles that are not copies are encoded on the caller's thread and a helper thread
     *                   together ({@code tiles} must then be thread-safe); the update is the same either way
     */
    public CopyingUpdateEncoder(int width, int height, TileEncoder tiles, boolean shareTiles) {
        this.width = width;
        this.height = height;
        this.columns = (width + TILE - 1) / TILE;
        this.shown = new int[width * height];
        this.written = new boolean[columns * ((height + TILE - 1) / TILE)];
        this.rowSignatures = new int[columns][height];
        this.tiles = tiles;
        this.work = new SharedTileWork(tiles, shareTiles);
    }

    @Override
    public TileEncoder tileEncoder() {
        return tiles;
    }

    @Override
    public long helperCpuNanos() {
        return work.helperCpuNanos();
    }

    @Override
    public void reset() {
        resetRequested.set(true);
    }

    @Override
    public List<EncodedTile> encode(Frame frame, List<Rect> changed) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height() + " given to a "
                    + width + "x" + height + " encoder");
        }
        int[] now = frame.pixels();
        List<EncodedTile> out = new ArrayList<>(changed.size());
        List<Rect> plain = new ArrayList<>(changed.size());
        if (resetRequested.getAndSet(false) || frame.keyFrame()) {
            plain.addAll(changed);
        } else {
            List<int[]> copies = new ArrayList<>();
            int searches = 0;
            for (Rect area : changed) {
                int[] copy = uniform(now, area) ? null : find(now, area, searches < MAX_SEARCHES);
                if (copy == null) {
                    searches++;
                    plain.add(area);
                } else {
                    copies.add(new int[] {area.x(), area.y(), area.width(), area.height(), copy[0], copy[1]});
                }
            }
            copies.sort(Comparator.<int[]>comparingInt(c -> Integer.signum(c[5] - c[1]) * c[1])
                    .thenComparingInt(c -> Integer.signum(c[4] - c[0]) * c[0]));
            Arrays.fill(written, false);
            for (int[] c : copies) {
                Rect area = new Rect(c[0], c[1], c[2], c[3]);
                if (touchesWritten(c[4], c[5], c[2], c[3])) {
                    plain.add(area);
                } else {
                    out.add(new EncodedTile(area, TileEncoding.COPY, new byte[] {(byte) (c[4] >> 8), (byte) c[4],
                        (byte) (c[5] >> 8), (byte) c[5]}));
                    written[c[1] / TILE * columns + c[0] / TILE] = true;
                }
            }
        }
        out.addAll(work.encode(frame, plain));
        for (Rect area : changed) {
            int[] signatures = rowSignatures[area.x() / TILE];
            for (int y = area.y(); y < area.bottom(); y++) {
                int from = y * width + area.x();
                System.arraycopy(now, from, shown, from, area.width());
                signatures[y] = signature(now, from, area.width());
            }
        }
        return out;
    }

    /** @return {@code {sourceX, sourceY}} of pixels on {@code shown} equal to the tile, or {@code null} */
    private int[] find(int[] now, Rect area, boolean search) {
        int key = keyRow(now, area);
        int from = (area.y() + key) * width + area.x();
        // a second pixel of the key row with another colour than its first: two compares reject most candidates
        int other = from;
        while (other < from + area.width() - 1 && now[other] == now[from]) {
            other++;
        }
        int first = now[from];
        int second = now[other];
        int apart = other - from;
        int x = area.x();
        int row = area.y() + key;
        for (int i = 0; i < hints; i++) {
            if (candidate(now, area, key, hintDx[i], hintDy[i], first, second, apart)) {
                return hit(area, hintDx[i], hintDy[i]);
            }
        }
        if (!search) {
            return null;
        }
        // straight up or down the tile's own column: the rows' signatures reject a candidate without reading shown
        int[] signatures = rowSignatures[x / TILE];
        int keySignature = signature(now, from, area.width());
        for (int d = 1; d <= MAX_SCROLL; d++) {
            for (int dy = d; dy >= -d; dy -= 2 * d) {
                int sy = row + dy;
                if (sy >= 0 && sy < height && signatures[sy] == keySignature && shown[sy * width + x] == first
                        && shown[sy * width + x + apart] == second && matches(now, area, key, 0, dy)) {
                    return hit(area, 0, dy);
                }
            }
        }
        for (int dy = -MAX_MOVE; dy <= MAX_MOVE; dy++) {
            int sy = row + dy;
            if (sy < 0 || sy >= height) {
                continue;
            }
            for (int dx = -MAX_MOVE; dx <= MAX_MOVE; dx++) {
                int sx = x + dx;
                if (dx != 0 && sx >= 0 && sx + apart < width && shown[sy * width + sx] == first
                        && shown[sy * width + sx + apart] == second && matches(now, area, key, dx, dy)) {
                    return hit(area, dx, dy);
                }
            }
        }
        return null;
    }

    private int[] hit(Rect area, int dx, int dy) {
        int at = 0;
        while (at < hints && (hintDx[at] != dx || hintDy[at] != dy)) {
            at++;
        }
        int shift = Math.min(at, HINTS - 1);
        System.arraycopy(hintDx, 0, hintDx, 1, shift);
        System.arraycopy(hintDy, 0, hintDy, 1, shift);
        hintDx[0] = dx;
        hintDy[0] = dy;
        hints = Math.min(HINTS, Math.max(hints, at + 1));
        return new int[] {area.x() + dx, area.y() + dy};
    }

    private boolean inside(Rect area, int dx, int dy) {
        int sx = area.x() + dx;
        int sy = area.y() + dy;
        return (dx != 0 || dy != 0) && sx >= 0 && sy >= 0 && sx + area.width() <= width
                && sy + area.height() <= height;
    }

    /** Cheap rejections first: the key row's two telling pixels, then the whole tile from the key row. */
    private boolean candidate(int[] now, Rect area, int key, int dx, int dy, int first, int second, int apart) {
        if (!inside(area, dx, dy)) {
            return false;
        }
        int source = (area.y() + key + dy) * width + area.x() + dx;
        return shown[source] == first && shown[source + apart] == second && matches(now, area, key, dx, dy);
    }

    /** Compares the tile with {@code shown} at the offset, starting with the key row (the likeliest to differ). */
    private boolean matches(int[] now, Rect area, int key, int dx, int dy) {
        if (!inside(area, dx, dy)) {
            return false;
        }
        for (int i = 0; i < area.height(); i++) {
            int row = (key + i) % area.height();
            int from = (area.y() + row) * width + area.x();
            int source = (area.y() + row + dy) * width + area.x() + dx;
            if (Arrays.mismatch(now, from, from + area.width(), shown, source, source + area.width()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of every {@link #SIGNATURE_STEP}th pixel of {@code count} pixels from {@code from}, 0 for black: two rows
     * with other signatures differ, two with the same one are compared pixel by pixel.
     */
    private static int signature(int[] pixels, int from, int count) {
        int h = 0;
        for (int i = from; i < from + count; i += SIGNATURE_STEP) {
            h = h * 0x01000193 + pixels[i];
        }
        return h;
    }

    /** @return the first row with two colours (the most telling one to compare), or 0 */
    private int keyRow(int[] now, Rect area) {
        for (int row = 0; row < area.height(); row++) {
            int from = (area.y() + row) * width + area.x();
            int first = now[from];
            for (int i = from + 1; i < from + area.width(); i++) {
                if (now[i] != first) {
                    return row;
                }
            }
        }
        return 0;
    }

    private boolean uniform(int[] now, Rect area) {
        int first = now[area.y() * width + area.x()];
        for (int y = area.y(); y < area.bottom(); y++) {
            int from = y * width + area.x();
            for (int i = from; i < from + area.width(); i++) {
                if (now[i] != first) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean touchesWritten(int sx, int sy, int w, int h) {
        for (int row = sy / TILE; row <= (sy + h - 1) / TILE; row++) {
            for (int column = sx / TILE; column <= (sx + w - 1) / TILE; column++) {
                if (written[row * columns + column]) {
                    return true;
                }
            }
        }
        return false;
    }
}
