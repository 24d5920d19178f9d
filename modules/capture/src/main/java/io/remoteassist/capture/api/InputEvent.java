package io.remoteassist.capture.api;

/**
 * An input action sent by the Helper, to be replayed on the User's desktop while control is shared.
 * Coordinates are screen pixels of the captured screen.
 */
public sealed interface InputEvent permits PointerMove, PointerButton, PointerWheel, KeyAction {
}
