package io.remoteassist.capture.input;

import io.remoteassist.capture.api.ControlGate;
import io.remoteassist.capture.api.InputEvent;
import io.remoteassist.capture.api.InputInjector;
import io.remoteassist.capture.api.KeyAction;
import io.remoteassist.capture.api.MouseButton;
import io.remoteassist.capture.api.PointerButton;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets the Helper's input reach the desktop only while the User shares control; drops and counts the rest.
 *
 * <p>Closed at creation. Closing it releases every key and button the Helper still holds. An Escape from the
 * Helper passes like any key and never closes the gate: only the session does, for example when a
 * {@link io.remoteassist.capture.api.LocalEscapeWatcher} reports the User's own Escape; injected Escape
 * presses are time-stamped for {@link #isLikelyInjectedEscape(long)}. Thread-safe.
 */
public final class InputGate implements ControlGate {

    private static final long INJECTED_ESCAPE_WINDOW_NANOS = 250_000_000L;

    private final InputInjector target;
    private final Object lock = new Object();
    private final AtomicLong dropped = new AtomicLong();
    private final Set<String> heldKeys = new LinkedHashSet<>();
    private final Set<MouseButton> heldButtons = EnumSet.noneOf(MouseButton.class);
    private volatile boolean shared;
    private volatile long lastInjectedEscape = Long.MIN_VALUE;

    /** Wraps {@code target}; the gate starts closed. */
    public InputGate(InputInjector target) {
        this.target = target;
    }

    @Override
    public void setControlShared(boolean open) {
        synchronized (lock) {
            shared = open;
            if (!open) {
                releaseHeld();
            }
        }
    }

    @Override
    public boolean isControlShared() {
        return shared;
    }

    @Override
    public long droppedCount() {
        return dropped.get();
    }

    @Override
    public boolean inject(InputEvent event) {
        if (!shared) {
            dropped.incrementAndGet();
            return false;
        }
        synchronized (lock) {
            // Re-checked under the lock: a revoke that raced us has already released the held keys.
            if (!shared) {
                dropped.incrementAndGet();
                return false;
            }
            if (event instanceof KeyAction key && key.pressed() && KeyMap.isEscape(key.key())) {
                lastInjectedEscape = System.nanoTime();
            }
            boolean applied = target.inject(event);
            if (applied) {
                track(event);
            } else {
                dropped.incrementAndGet();
            }
            return applied;
        }
    }

    @Override
    public boolean isLikelyInjectedEscape(long nanoTime) {
        long last = lastInjectedEscape;
        return last != Long.MIN_VALUE && nanoTime - last >= 0 && nanoTime - last <= INJECTED_ESCAPE_WINDOW_NANOS;
    }

    @Override
    public void close() {
        setControlShared(false);
        target.close();
    }

    private void track(InputEvent event) {
        if (event instanceof KeyAction key) {
            if (key.pressed()) {
                heldKeys.add(key.key());
            } else {
                heldKeys.remove(key.key());
            }
        } else if (event instanceof PointerButton button) {
            if (button.pressed()) {
                heldButtons.add(button.button());
            } else {
                heldButtons.remove(button.button());
            }
        }
    }

    private void releaseHeld() {
        for (String key : heldKeys) {
            target.inject(KeyAction.release(key));
        }
        for (MouseButton button : heldButtons) {
            target.inject(new PointerButton(button, false));
        }
        heldKeys.clear();
        heldButtons.clear();
    }
}
