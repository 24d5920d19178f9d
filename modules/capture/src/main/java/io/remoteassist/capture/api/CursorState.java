package io.remoteassist.capture.api;

/**
 * Where the pointer is, in screen pixels, and its shape when known: {@code image} is {@code null} when the
 * source cannot read shapes (then draw a default arrow).
 */
public record CursorState(int x, int y, CursorImage image) {
}
