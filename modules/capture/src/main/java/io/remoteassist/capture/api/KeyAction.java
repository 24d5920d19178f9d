package io.remoteassist.capture.api;

import java.util.Set;

/**
 * Presses or releases one key.
 *
 * <p>{@code key} names the physical key: a browser {@code KeyboardEvent.code} ({@code "KeyA"},
 * {@code "Digit1"}, {@code "Enter"}, {@code "ArrowLeft"}, {@code "Escape"}), an X keysym name
 * ({@code "a"}, {@code "Return"}, {@code "Left"}) or an X keysym number ({@code "0xff1b"}).
 * {@code modifiers} (for clients that send "Ctrl+C" as one action) are pressed before the key when not
 * already down and released after the key's release; browsers send modifier keys as keys of their own and
 * leave the set empty. An Escape from the Helper is an ordinary key for the User's applications: it never
 * stops control.
 */
public record KeyAction(String key, boolean pressed, Set<KeyModifier> modifiers) implements InputEvent {

    /** Copies the modifier set. */
    public KeyAction {
        modifiers = Set.copyOf(modifiers);
    }

    /** A press without modifiers. */
    public static KeyAction press(String key) {
        return new KeyAction(key, true, Set.of());
    }

    /** A press with modifiers, such as {@code press("KeyC", Set.of(KeyModifier.CONTROL))}. */
    public static KeyAction press(String key, Set<KeyModifier> modifiers) {
        return new KeyAction(key, true, modifiers);
    }

    /** A release. */
    public static KeyAction release(String key) {
        return new KeyAction(key, false, Set.of());
    }
}
