package io.remoteassist.capture.api;

/** Moves the pointer to ({@code x}, {@code y}) in screen pixels. */
public record PointerMove(int x, int y) implements InputEvent {
}
