package io.remoteassist.capture;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.CaptureProvider;
import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.ControlGate;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.InputInjector;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.SourceSelection;
import io.remoteassist.capture.api.TileDecoder;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.capture.api.UpdateEncoder;
import io.remoteassist.capture.encode.AdaptiveTileEncoder;
import io.remoteassist.capture.encode.CopyingUpdateEncoder;
import io.remoteassist.capture.encode.StandardTileDecoder;
import io.remoteassist.capture.encode.TileDiffer;
import io.remoteassist.capture.input.InputGate;
import io.remoteassist.capture.input.RobotInjector;
import io.remoteassist.capture.source.AwtCursorSource;
import io.remoteassist.capture.source.ScreenSources;
import io.remoteassist.capture.source.SyntheticSource;
import io.remoteassist.capture.source.X11CursorSource;

/** The module's {@link CaptureProvider}, registered for {@link java.util.ServiceLoader}. */
public final class CaptureToolkit implements CaptureProvider {

    @Override
    public SourceSelection bestSource(String display) {
        return ScreenSources.best(display);
    }

    @Override
    public ScreenSource syntheticSource(int width, int height, long seed) {
        return new SyntheticSource(width, height, seed);
    }

    @Override
    public ChangeDetector changeDetector(int width, int height) {
        return new TileDiffer(width, height);
    }

    @Override
    public TileEncoder encoder(EncoderSettings settings) {
        return new AdaptiveTileEncoder(settings);
    }

    @Override
    public UpdateEncoder updateEncoder(int width, int height, EncoderSettings settings) {
        return new CopyingUpdateEncoder(width, height, new AdaptiveTileEncoder(settings), true);
    }

    @Override
    public TileDecoder decoder() {
        return new StandardTileDecoder();
    }

    @Override
    public CursorSource cursorSource(String display) {
        String name = display != null ? display : System.getenv("DISPLAY");
        if (name != null && !name.isBlank()) {
            try {
                return X11CursorSource.open(name);
            } catch (CaptureException | UnsatisfiedLinkError | NoClassDefFoundError e) {
                System.getLogger(CaptureToolkit.class.getName()).log(System.Logger.Level.INFO,
                        "cursor shape unavailable ({0}); position only", e.getMessage());
            }
        }
        return new AwtCursorSource();
    }

    @Override
    public InputInjector robotInjector() {
        return RobotInjector.open();
    }

    @Override
    public ControlGate gate(InputInjector target) {
        return new InputGate(target);
    }
}
