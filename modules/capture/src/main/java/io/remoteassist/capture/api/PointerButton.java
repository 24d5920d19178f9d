package io.remoteassist.capture.api;

/** Presses ({@code pressed}) or releases a mouse button at the current pointer position. */
public record PointerButton(MouseButton button, boolean pressed) implements InputEvent {
}
