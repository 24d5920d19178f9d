package io.remoteassist.capture.encode;

import io.remoteassist.capture.api.Rect;

/** Where a decoded tile goes in a target buffer of row stride {@code stride}. */
record TilePlacement(Rect area, int stride) {

    int width() {
        return area.width();
    }

    int height() {
        return area.height();
    }

    /** Returns the target index of the tile's first pixel in row {@code y} of the tile. */
    int rowStart(int y) {
        return (area.y() + y) * stride + area.x();
    }
}
