package io.remoteassist.capture.api;

import java.util.ServiceLoader;

/**
 * Entry point of the capture module: screen sources, change detection, tile codecs, cursor and input.
 * Thread-safe; every method returns a new object.
 */
public final class Capture {

    private static final CaptureProvider PROVIDER = ServiceLoader.load(CaptureProvider.class)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + CaptureProvider.class.getName() + " on the path"));

    private Capture() {
    }

    /**
     * Opens the fastest working screen source for an X display ({@code ":0"}; {@code null} means
     * {@code $DISPLAY}): XDamage + MIT-SHM, then full MIT-SHM frames, then {@code XGetImage}, then
     * {@code java.awt.Robot}.
     *
     * @throws CaptureException when no path works (no display)
     */
    public static SourceSelection bestSource(String display) {
        return PROVIDER.bestSource(display);
    }

    /** A deterministic synthetic desktop (scrolling text, a moving box, a spinner) for tests and benchmarks. */
    public static ScreenSource syntheticSource(int width, int height, long seed) {
        return PROVIDER.syntheticSource(width, height, seed);
    }

    /** A 64&times;64 tile differ for frames of the given size. */
    public static ChangeDetector changeDetector(int width, int height) {
        return PROVIDER.changeDetector(width, height);
    }

    /** A tile encoder following {@code settings}. */
    public static TileEncoder encoder(EncoderSettings settings) {
        return PROVIDER.encoder(settings);
    }

    /** An encoder of whole updates for a {@code width x height} screen, with COPY for scrolled or moved tiles. */
    public static UpdateEncoder updateEncoder(int width, int height, EncoderSettings settings) {
        return PROVIDER.updateEncoder(width, height, settings);
    }

    /** A decoder of every {@link TileEncoding}. */
    public static TileDecoder decoder() {
        return PROVIDER.decoder();
    }

    /** The pointer position and shape: XFixes on X11 when available, else {@code java.awt.MouseInfo}. */
    public static CursorSource cursorSource(String display) {
        return PROVIDER.cursorSource(display);
    }

    /** An injector replaying events through {@code java.awt.Robot}. @throws CaptureException when headless */
    public static InputInjector robotInjector() {
        return PROVIDER.robotInjector();
    }

    /** Wraps {@code target} in a gate that is closed until the session shares control. */
    public static ControlGate gate(InputInjector target) {
        return PROVIDER.gate(target);
    }
}
