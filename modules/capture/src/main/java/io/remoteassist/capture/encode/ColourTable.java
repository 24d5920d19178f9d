package io.remoteassist.capture.encode;

import java.util.Arrays;

/**
 * Counts the distinct colours of a tile, up to a limit, and numbers them in order of first appearance
 * (the palette order). An open-addressing hash table reused for every tile. Not thread-safe.
 */
final class ColourTable {

    private static final int EMPTY = -1;

    private final int[] keys;
    private final short[] indices;
    private final int mask;
    private final int[] palette = new int[256];
    private int count;

    /** Creates a table able to count up to {@code limit} colours. */
    ColourTable(int limit) {
        int size = Integer.highestOneBit(Math.max(512, limit * 4 - 1)) << 1;
        keys = new int[size];
        indices = new short[size];
        mask = size - 1;
    }

    /**
     * Counts the distinct colours among {@code pixels[0..n)}; stops at {@code limit}.
     *
     * @return the count, or {@code limit} when there are at least that many
     */
    int count(int[] pixels, int n, int limit) {
        Arrays.fill(keys, EMPTY);
        count = 0;
        int last = EMPTY;
        int before = EMPTY;
        for (int i = 0; i < n; i++) {
            int colour = pixels[i];
            if (colour == last) {
                continue;
            }
            // text alternates between two colours: the one before the last is counted already too
            int seen = before;
            before = last;
            last = colour;
            if (colour == seen) {
                continue;
            }
            int slot = slot(colour);
            if (keys[slot] == EMPTY) {
                keys[slot] = colour;
                if (count < palette.length) {
                    palette[count] = colour;
                }
                indices[slot] = (short) count;
                if (++count >= limit) {
                    return limit;
                }
            }
        }
        return count;
    }

    /** Returns the palette index of a colour seen by the last {@link #count}, which found at most 256. */
    int indexOf(int colour) {
        return indices[slot(colour)];
    }

    /** Returns the colours in palette order (valid for the first {@code min(count, 256)}). */
    int[] palette() {
        return palette;
    }

    private int slot(int colour) {
        int slot = (colour * 0x9E3779B1) >>> 7 & mask;
        while (keys[slot] != EMPTY && keys[slot] != colour) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
