package io.remoteassist.transport.protocol;

/**
 * A mouse button changed state. Layout: {@code kind = 2 | button (u8) | pressed (u8 0/1)}.
 *
 * @param button  1 left, 2 middle, 3 right, 4 back, 5 forward; others up to 255 as the platform numbers them
 * @param pressed {@code true} for down, {@code false} for up
 */
public record PointerButton(int button, boolean pressed) implements InputEvent {

    /** Wire kind. */
    static final int KIND = 2;

    /** Validates fields. */
    public PointerButton {
        if (Ranges.u8("button", button) == 0) {
            throw new IllegalArgumentException("button 0");
        }
    }
}
