package io.remoteassist.transport.protocol;

/**
 * The pointer moved. Layout: {@code kind = 1 | x (u16) | y (u16)}.
 *
 * @param x column in framebuffer pixels
 * @param y row in framebuffer pixels
 */
public record PointerMove(int x, int y) implements InputEvent {

    /** Wire kind. */
    static final int KIND = 1;

    /** Validates fields. */
    public PointerMove {
        Ranges.u16("x", x);
        Ranges.u16("y", y);
    }
}
