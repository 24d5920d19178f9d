package io.remoteassist.capture.source;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;
import java.awt.AWTError;
import java.awt.HeadlessException;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;

/** The pointer position from {@code java.awt.MouseInfo}, without its shape. Thread-safe. */
public final class AwtCursorSource implements CursorSource {

    @Override
    public String name() {
        return "awt-mouseinfo";
    }

    @Override
    public CursorState poll() {
        try {
            PointerInfo info = MouseInfo.getPointerInfo();
            if (info == null) {
                throw new CaptureException("no pointer device");
            }
            Point p = info.getLocation();
            return new CursorState(p.x, p.y, null);
        } catch (HeadlessException e) {
            throw new CaptureException("headless JVM: no pointer", e);
        } catch (AWTError e) {
            throw new CaptureException("no display for the pointer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
