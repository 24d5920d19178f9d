package io.remoteassist.capture.source;

import io.remoteassist.capture.api.CaptureException;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Captures the primary screen with {@code java.awt.Robot}: portable (X11, Windows, macOS) and slow
 * (about 12 ms per 1080p frame on X11). It cannot tell what changed, so every frame's damage is the whole
 * screen. Not thread-safe except {@link #requestKeyFrame()}.
 */
public final class RobotSource implements ScreenSource {

    private final Robot robot;
    private final Rectangle bounds;
    private final int[] pixels;
    private final AtomicBoolean keyFrameRequested = new AtomicBoolean(true);
    private long sequence;

    private RobotSource(Robot robot, Rectangle bounds) {
        this.robot = robot;
        this.bounds = bounds;
        this.pixels = new int[bounds.width * bounds.height];
    }

    /** @throws CaptureException when the JVM is headless or Robot is refused */
    public static RobotSource open() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new CaptureException("headless JVM: no screen for java.awt.Robot");
        }
        try {
            return new RobotSource(new Robot(), new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        } catch (AWTException | SecurityException e) {
            throw new CaptureException("java.awt.Robot unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "robot";
    }

    @Override
    public int width() {
        return bounds.width;
    }

    @Override
    public int height() {
        return bounds.height;
    }

    @Override
    public Frame grab() {
        BufferedImage image = robot.createScreenCapture(bounds);
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer) {
            int[] data = buffer.getData();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = data[i] & 0x00FFFFFF;
            }
        } else {
            image.getRGB(0, 0, bounds.width, bounds.height, pixels, 0, bounds.width);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] &= 0x00FFFFFF;
            }
        }
        boolean key = keyFrameRequested.getAndSet(false);
        Rect all = new Rect(0, 0, bounds.width, bounds.height);
        return new Frame(bounds.width, bounds.height, pixels, List.of(all), key, sequence++, System.nanoTime());
    }

    @Override
    public void requestKeyFrame() {
        keyFrameRequested.set(true);
    }

    @Override
    public void close() {
        // Robot holds nothing to release.
    }
}
