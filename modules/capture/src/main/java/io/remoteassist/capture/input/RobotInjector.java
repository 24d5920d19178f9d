package io.remoteassist.capture.input;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.InputEvent;
import io.remoteassist.capture.api.InputInjector;
import io.remoteassist.capture.api.KeyAction;
import io.remoteassist.capture.api.KeyModifier;
import io.remoteassist.capture.api.MouseButton;
import io.remoteassist.capture.api.PointerButton;
import io.remoteassist.capture.api.PointerMove;
import io.remoteassist.capture.api.PointerWheel;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Replays input with {@code java.awt.Robot} (XTEST on X11). Keys unknown to {@link KeyMap} are dropped.
 * Modifiers carried by a {@link KeyAction} are pressed before the key unless already down and released
 * after the key's release. Thread-safe (one event at a time).
 */
public final class RobotInjector implements InputInjector {

    private final Robot robot;
    private final Map<String, List<Integer>> modifiersPressedFor = new HashMap<>();

    /** Wraps an existing robot. */
    public RobotInjector(Robot robot) {
        this.robot = robot;
        robot.setAutoDelay(0);
    }

    /** @throws CaptureException when the JVM is headless or Robot is refused */
    public static RobotInjector open() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new CaptureException("headless JVM: no desktop to inject into");
        }
        try {
            return new RobotInjector(new Robot());
        } catch (AWTException | SecurityException e) {
            throw new CaptureException("java.awt.Robot unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean inject(InputEvent event) {
        if (event instanceof PointerMove move) {
            robot.mouseMove(move.x(), move.y());
        } else if (event instanceof PointerButton button) {
            int mask = java.awt.event.InputEvent.getMaskForButton(buttonNumber(button.button()));
            if (button.pressed()) {
                robot.mousePress(mask);
            } else {
                robot.mouseRelease(mask);
            }
        } else if (event instanceof PointerWheel wheel) {
            robot.mouseWheel(wheel.notches());
        } else if (event instanceof KeyAction key) {
            return injectKey(key);
        }
        return true;
    }

    private boolean injectKey(KeyAction key) {
        OptionalInt vk = KeyMap.toVirtualKey(key.key());
        if (vk.isEmpty()) {
            return false;
        }
        try {
            if (key.pressed()) {
                List<Integer> pressed = new ArrayList<>();
                for (KeyModifier modifier : key.modifiers()) {
                    int code = modifierKey(modifier);
                    if (!isHeldModifier(code)) {
                        robot.keyPress(code);
                        pressed.add(code);
                    }
                }
                modifiersPressedFor.put(key.key(), pressed);
                robot.keyPress(vk.getAsInt());
            } else {
                robot.keyRelease(vk.getAsInt());
                List<Integer> pressed = modifiersPressedFor.remove(key.key());
                if (pressed != null) {
                    for (int i = pressed.size() - 1; i >= 0; i--) {
                        robot.keyRelease(pressed.get(i));
                    }
                }
            }
            return true;
        } catch (IllegalArgumentException noSuchKeyHere) {
            // The key code exists in AWT but not on this keyboard layout.
            return false;
        }
    }

    private boolean isHeldModifier(int code) {
        return modifiersPressedFor.values().stream().anyMatch(list -> list.contains(code));
    }

    private static int buttonNumber(MouseButton button) {
        return switch (button) {
            case LEFT -> 1;
            case MIDDLE -> 2;
            case RIGHT -> 3;
        };
    }

    private static int modifierKey(KeyModifier modifier) {
        return switch (modifier) {
            case SHIFT -> KeyEvent.VK_SHIFT;
            case CONTROL -> KeyEvent.VK_CONTROL;
            case ALT -> KeyEvent.VK_ALT;
            case META -> KeyEvent.VK_WINDOWS;
        };
    }
}
