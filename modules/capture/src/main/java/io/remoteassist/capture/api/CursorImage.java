package io.remoteassist.capture.api;

/**
 * The pointer's shape: {@code width*height} pixels {@code 0xAARRGGBB} (premultiplied alpha, as XFixes
 * gives them), hot spot at ({@code hotX}, {@code hotY}). {@code serial} changes whenever the shape does.
 */
public record CursorImage(long serial, int width, int height, int hotX, int hotY, int[] argb) {
}
