package io.remoteassist.agent.share;

import io.remoteassist.capture.api.InputEvent;
import io.remoteassist.capture.api.KeyAction;
import io.remoteassist.capture.api.MouseButton;
import io.remoteassist.capture.api.PointerButton;
import io.remoteassist.capture.api.PointerMove;
import io.remoteassist.capture.api.PointerWheel;
import io.remoteassist.transport.protocol.KeyEvent;
import io.remoteassist.transport.protocol.Wheel;

import java.util.Optional;
import java.util.Set;

/**
 * Wire input (transport) to desktop input (capture). Keys travel as X keysyms and are handed on as
 * {@code "0x…"} identifiers; buttons 1/2/3 are left/middle/right (others are dropped); the wheel's vertical steps
 * become notches. Coordinates are clamped to the shared screen.
 */
final class InputTranslator {

    private final int width;
    private final int height;

    InputTranslator(int width, int height) {
        this.width = width;
        this.height = height;
    }

    Optional<InputEvent> translate(io.remoteassist.transport.protocol.InputEvent event) {
        if (event instanceof io.remoteassist.transport.protocol.PointerMove m) {
            return Optional.of(new PointerMove(Math.min(m.x(), width - 1), Math.min(m.y(), height - 1)));
        }
        if (event instanceof io.remoteassist.transport.protocol.PointerButton b) {
            MouseButton button = switch (b.button()) {
                case 1 -> MouseButton.LEFT;
                case 2 -> MouseButton.MIDDLE;
                case 3 -> MouseButton.RIGHT;
                default -> null;
            };
            return Optional.ofNullable(button).map(btn -> new PointerButton(btn, b.pressed()));
        }
        if (event instanceof Wheel w) {
            return w.deltaY() == 0 ? Optional.empty() : Optional.of(new PointerWheel(w.deltaY()));
        }
        if (event instanceof KeyEvent k) {
            return Optional.of(new KeyAction("0x" + Integer.toHexString(k.keysym()), k.pressed(), Set.of()));
        }
        return Optional.empty();
    }
}
