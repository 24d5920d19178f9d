package io.remoteassist.capture.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.CursorImage;
import io.remoteassist.capture.api.CursorSource;
import io.remoteassist.capture.api.CursorState;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The XFixes cursor path against a real X server (Xvfb): the pointer moved through XTEST by {@link Robot}. */
@Tag("x11")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class X11CursorSourceIT {

    @Test
    void pointerMovesAreReadWithoutFetchingTheImageAgain() throws Exception {
        Robot robot = new Robot();
        try (X11CursorSource cursor = X11CursorSource.open(null)) {
            robot.mouseMove(30, 40);
            await().atMost(Duration.ofSeconds(5)).until(() -> at(cursor.poll(), 30, 40));
            CursorImage shape = cursor.poll().image();
            long fetches = cursor.imageFetches();

            robot.mouseMove(321, 234);
            await().atMost(Duration.ofSeconds(5)).until(() -> at(cursor.poll(), 321, 234));

            assertThat(cursor.poll().image()).isSameAs(shape);
            assertThat(cursor.imageFetches()).isEqualTo(fetches);
            assertThat(shape.argb()).hasSize(shape.width() * shape.height());
            assertThat(Arrays.stream(shape.argb()).anyMatch(p -> p >>> 24 == 0xFF))
                    .as("the root window's cursor has visible pixels").isTrue();
        }
    }

    @Test
    void aWindowsOwnCursorIsNoticedWithItsHotSpotAndPixels() throws Exception {
        Robot robot = new Robot();
        Dimension best = bestCursorSize();
        BufferedImage picture = new BufferedImage(best.width, best.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, best.width / 2, best.height / 2);
        g.dispose();
        Cursor custom = Toolkit.getDefaultToolkit().createCustomCursor(picture, new Point(5, 7), "test");
        Frame frame = new Frame("cursor test");
        try (X11CursorSource cursor = X11CursorSource.open(null)) {
            robot.mouseMove(10, 10);
            await().atMost(Duration.ofSeconds(5)).until(() -> at(cursor.poll(), 10, 10));
            CursorImage rootShape = cursor.poll().image();
            EventQueue.invokeAndWait(() -> {
                frame.setUndecorated(true);
                frame.setBounds(400, 300, 200, 150);
                frame.setCursor(custom);
                frame.setVisible(true);
            });
            await().atMost(Duration.ofSeconds(10)).until(frame::isShowing);

            robot.mouseMove(500, 380);
            await().atMost(Duration.ofSeconds(10)).until(() -> cursor.poll().image() != rootShape);
            CursorState over = cursor.poll();

            assertThat(over.x()).isEqualTo(500);
            assertThat(over.y()).isEqualTo(380);
            CursorImage shape = over.image();
            assertThat(shape.serial()).isNotEqualTo(rootShape.serial());
            assertThat(shape.hotX()).isEqualTo(5);
            assertThat(shape.hotY()).isEqualTo(7);
            assertThat(shape.width()).isEqualTo(best.width);
            assertThat(shape.height()).isEqualTo(best.height);
            // the drawn quarter is opaque black, the rest of the picture transparent
            int[] expected = new int[best.width * best.height];
            for (int row = 0; row < best.height / 2; row++) {
                Arrays.fill(expected, row * best.width, row * best.width + best.width / 2, 0xFF00_0000);
            }
            assertThat(shape.argb()).containsExactly(expected);

            robot.mouseMove(10, 10);
            await().atMost(Duration.ofSeconds(10)).until(() -> cursor.poll().image().serial() != shape.serial());
        } finally {
            EventQueue.invokeAndWait(frame::dispose);
        }
    }

    @Test
    void theFacadePicksXFixesHere() {
        try (CursorSource cursor = Capture.cursorSource(null)) {
            assertThat(cursor.name()).isEqualTo("x11-xfixes");
            assertThat(cursor.poll().image()).isNotNull();
        }
    }

    private static boolean at(CursorState state, int x, int y) {
        return state.x() == x && state.y() == y;
    }

    private static Dimension bestCursorSize() {
        java.awt.Dimension d = Toolkit.getDefaultToolkit().getBestCursorSize(32, 32);
        return new Dimension(d.width, d.height);
    }

    private record Dimension(int width, int height) {
    }
}
