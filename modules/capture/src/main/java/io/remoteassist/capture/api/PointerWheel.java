package io.remoteassist.capture.api;

/** Turns the wheel by {@code notches}: positive scrolls down (towards the user), negative up. */
public record PointerWheel(int notches) implements InputEvent {
}
