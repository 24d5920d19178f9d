package io.remoteassist.capture.api;

/**
 * The implementation behind {@link Capture}, found with {@link java.util.ServiceLoader}. It keeps this
 * package free of AWT and native code while being the only door other modules use.
 */
public interface CaptureProvider {

    /** See {@link Capture#bestSource(String)}. */
    SourceSelection bestSource(String display);

    /** See {@link Capture#syntheticSource(int, int, long)}. */
    ScreenSource syntheticSource(int width, int height, long seed);

    /** See {@link Capture#changeDetector(int, int)}. */
    ChangeDetector changeDetector(int width, int height);

    /** See {@link Capture#encoder(EncoderSettings)}. */
    TileEncoder encoder(EncoderSettings settings);

    /** See {@link Capture#updateEncoder(int, int, EncoderSettings)}. */
    UpdateEncoder updateEncoder(int width, int height, EncoderSettings settings);

    /** See {@link Capture#decoder()}. */
    TileDecoder decoder();

    /** See {@link Capture#cursorSource(String)}. */
    CursorSource cursorSource(String display);

    /** See {@link Capture#robotInjector()}. */
    InputInjector robotInjector();

    /** See {@link Capture#gate(InputInjector)}. */
    ControlGate gate(InputInjector target);
}
