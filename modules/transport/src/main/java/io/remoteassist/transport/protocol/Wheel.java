package io.remoteassist.transport.protocol;

/**
 * The wheel turned. Layout: {@code kind = 3 | dx (s16) | dy (s16)}.
 *
 * @param deltaX horizontal steps, positive to the right
 * @param deltaY vertical steps, positive down
 */
public record Wheel(int deltaX, int deltaY) implements InputEvent {

    /** Wire kind. */
    static final int KIND = 3;

    /** Validates fields. */
    public Wheel {
        Ranges.s16("deltaX", deltaX);
        Ranges.s16("deltaY", deltaY);
    }
}
