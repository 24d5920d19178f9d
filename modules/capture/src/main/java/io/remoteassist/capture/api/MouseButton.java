package io.remoteassist.capture.api;

/** The mouse buttons the Helper can press. */
public enum MouseButton {
    LEFT,
    MIDDLE,
    RIGHT
}
