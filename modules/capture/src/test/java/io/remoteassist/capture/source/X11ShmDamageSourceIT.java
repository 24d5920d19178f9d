package io.remoteassist.capture.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.remoteassist.capture.api.CursorState;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.SourceSelection;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.Toolkit;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@Tag("x11")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class X11ShmDamageSourceIT {

    @Test
    void aFrameRebuiltFromDamageRectanglesEqualsAFullGrab() throws Exception {
        try (TestWindow window = TestWindow.show(120, 90, 500, 360);
                X11ShmDamageSource source = X11ShmDamageSource.open(null);
                X11Display reference = X11Display.open(null);
                ShmGrabber full = ShmGrabber.open(reference)) {
            assertThat(source.name()).isEqualTo("x11-shm+damage");
            Rect screen = new Rect(0, 0, source.width(), source.height());
            assertThat(source.grab().keyFrame()).isTrue();
            Random random = new Random(11);
            int damaged = 0;
            for (int i = 0; i < 40; i++) {
                int[] expected = new int[source.width() * source.height()];
                AtomicReference<Frame> grabbed = new AtomicReference<>();
                // On the event thread, so that AWT cannot repaint between the two grabs.
                EventQueue.invokeAndWait(() -> {
                    window.paint(g -> {
                        g.setColor(new Color(random.nextInt(0x1000000)));
                        g.fillRect(random.nextInt(450), random.nextInt(320), 1 + random.nextInt(80),
                                1 + random.nextInt(60));
                        g.drawString("frame " + random.nextInt(), random.nextInt(400), 20 + random.nextInt(300));
                    });
                    grabbed.set(source.grab());
                    full.grab(screen, expected, screen.width());
                });
                Frame frame = grabbed.get();
                assertThat(frame.keyFrame()).isFalse();
                assertThat(Arrays.mismatch(frame.pixels(), expected)).as("first differing pixel, frame %d", i)
                        .isEqualTo(-1);
                if (!frame.damage().isEmpty()) {
                    damaged++;
                    assertThat(frame.damage()).allSatisfy(r -> assertThat(r.area()).isLessThan(screen.area()));
                }
            }
            assertThat(damaged).isGreaterThan(30);
        }
    }

    @Test
    void anIdleScreenReportsNoDamage() {
        try (X11ShmDamageSource source = X11ShmDamageSource.open(null)) {
            source.grab();
            source.grab();

            assertThat(source.grab().damage()).isEmpty();
        }
    }

    @Test
    void theFactoryPicksShmWithDamageAndSaysWhy() {
        SourceSelection selection = ScreenSources.best(null);
        try (var source = selection.source()) {
            assertThat(source.name()).isEqualTo("x11-shm+damage");
            assertThat(selection.reason()).contains("MIT-SHM, DAMAGE and XFIXES");
            assertThat(selection.attempts()).isEmpty();
        }
    }

    @Test
    void xGetImageAndRobotSeeTheSamePixelsAsShm() {
        try (X11Display x = X11Display.open(null);
                ShmGrabber shm = ShmGrabber.open(x);
                GetImageGrabber plain = new GetImageGrabber(x);
                RobotSource robot = RobotSource.open()) {
            Rect screen = new Rect(0, 0, x.width, x.height);
            int[] viaShm = new int[x.width * x.height];
            int[] viaGetImage = new int[x.width * x.height];

            assertThat(shm.grab(screen, viaShm, x.width)).isTrue();
            assertThat(plain.grab(screen, viaGetImage, x.width)).isTrue();
            Frame viaRobot = robot.grab();

            assertThat(Arrays.mismatch(viaShm, viaGetImage)).isEqualTo(-1);
            assertThat(Arrays.mismatch(viaShm, viaRobot.pixels())).isEqualTo(-1);
        }
    }

    @Test
    void theCursorSourceGivesPositionAndShape() {
        try (X11CursorSource cursor = X11CursorSource.open(null)) {
            CursorState state = cursor.poll();

            assertThat(state.image()).isNotNull();
            assertThat(state.image().argb()).hasSize(state.image().width() * state.image().height());
            assertThat(cursor.poll().image()).isSameAs(state.image());
        }
    }

    /** An undecorated AWT window the test paints on directly. */
    static final class TestWindow implements AutoCloseable {
        private final java.awt.Frame frame;

        private TestWindow(java.awt.Frame frame) {
            this.frame = frame;
        }

        static TestWindow show(int x, int y, int width, int height) {
            java.awt.Frame frame = new java.awt.Frame("capture test");
            frame.setUndecorated(true);
            frame.setBounds(x, y, width, height);
            frame.setBackground(Color.WHITE);
            frame.setVisible(true);
            await().atMost(Duration.ofSeconds(10)).until(frame::isShowing);
            return new TestWindow(frame);
        }

        void paint(java.util.function.Consumer<Graphics> painter) {
            Graphics g = frame.getGraphics();
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
            Toolkit.getDefaultToolkit().sync();
        }

        @Override
        public void close() {
            frame.dispose();
        }
    }
}
