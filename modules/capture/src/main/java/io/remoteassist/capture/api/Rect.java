package io.remoteassist.capture.api;

/**
 * An axis-aligned rectangle of screen pixels: a damaged area, a tile, a cursor box.
 *
 * <p>Coordinates are in pixels from the top-left corner of the screen; {@code width} and {@code height}
 * are never negative. Immutable and thread-safe.
 */
public record Rect(int x, int y, int width, int height) {

    /** Validates the size. */
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
    }

    /** Returns {@code true} when the rectangle covers no pixel. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** Returns the first column right of the rectangle. */
    public int right() {
        return x + width;
    }

    /** Returns the first row below the rectangle. */
    public int bottom() {
        return y + height;
    }

    /** Returns the part of this rectangle that lies inside {@code other}, possibly empty. */
    public Rect intersect(Rect other) {
        int left = Math.max(x, other.x);
        int top = Math.max(y, other.y);
        int r = Math.min(right(), other.right());
        int b = Math.min(bottom(), other.bottom());
        return new Rect(left, top, Math.max(0, r - left), Math.max(0, b - top));
    }

    /** Returns {@code true} when the two rectangles share at least one pixel. */
    public boolean intersects(Rect other) {
        return !intersect(other).isEmpty();
    }

    /** Returns the smallest rectangle containing both. */
    public Rect union(Rect other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Rect(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** Returns the number of pixels covered. */
    public long area() {
        return (long) width * height;
    }
}
