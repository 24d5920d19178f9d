package io.remoteassist.transport.protocol;

/**
 * A key went down or up. Layout: {@code kind = 4 | keysym (u32) | pressed (u8 0/1) | modifiers (u16)}.
 *
 * @param keysym    X11 keysym of the key (as in Guacamole and RFB)
 * @param pressed   {@code true} for down, {@code false} for up
 * @param modifiers modifier bits held at the time, see the constants
 */
public record KeyEvent(int keysym, boolean pressed, int modifiers) implements InputEvent {

    /** Modifier: Shift. */
    public static final int SHIFT = 0x01;
    /** Modifier: Control. */
    public static final int CONTROL = 0x02;
    /** Modifier: Alt. */
    public static final int ALT = 0x04;
    /** Modifier: Meta / Windows / Command. */
    public static final int META = 0x08;
    /** Modifier: AltGr. */
    public static final int ALT_GRAPH = 0x10;

    /** Wire kind. */
    static final int KIND = 4;

    /** Validates fields. */
    public KeyEvent {
        Ranges.u16("modifiers", modifiers);
    }
}
