package io.remoteassist.capture.api;

/**
 * An {@link InputInjector} that lets the Helper's input through only while the User shares control.
 *
 * <p>The session sets the state; the transport thread injects. Everything arriving while control is not
 * shared is dropped and counted. Revoking control releases any key or button the Helper still holds, so
 * nothing stays stuck on the User's desktop. Thread-safe.
 */
public interface ControlGate extends InputInjector {

    /** Opens ({@code true}) or closes the gate. Takes effect for the next event. */
    void setControlShared(boolean shared);

    /** Returns whether events currently pass. */
    boolean isControlShared();

    /** Returns how many events were dropped since creation. */
    long droppedCount();

    /**
     * Tells a {@link LocalEscapeWatcher} that cannot see where a key came from whether an Escape press at
     * {@code nanoTime} ({@link System#nanoTime()}) is probably the Helper's own, injected by this gate
     * within the last 250 ms.
     */
    boolean isLikelyInjectedEscape(long nanoTime);
}
