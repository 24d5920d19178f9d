package io.remoteassist.capture.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import org.junit.jupiter.api.Test;

class SyntheticSourceTest {

    @Test
    void twoSourcesWithTheSameSeedDrawTheSameFrames() {
        SyntheticSource a = new SyntheticSource(640, 400, 42);
        SyntheticSource b = new SyntheticSource(640, 400, 42);
        for (int i = 0; i < 10; i++) {
            assertThat(a.grab().pixels()).isEqualTo(b.grab().pixels());
        }
    }

    @Test
    void everyChangedPixelLiesInsideTheReportedDamage() {
        SyntheticSource source = new SyntheticSource(800, 600, 7);
        int[] previous = source.grab().pixels().clone();
        for (int i = 0; i < 100; i++) {
            Frame frame = source.grab();
            int changed = 0;
            for (int y = 0; y < frame.height(); y++) {
                for (int x = 0; x < frame.width(); x++) {
                    if (frame.pixel(x, y) != previous[y * frame.width() + x]) {
                        changed++;
                        assertThat(inDamage(frame, x, y)).as("pixel %d,%d of frame %d", x, y, i).isTrue();
                    }
                }
            }
            assertThat(changed).isPositive();
            previous = frame.pixels().clone();
        }
    }

    @Test
    void theFirstFrameIsAKeyFrameAndLaterOnesAreNot() {
        SyntheticSource source = new SyntheticSource(320, 200, 1);

        assertThat(source.grab().keyFrame()).isTrue();
        assertThat(source.grab().keyFrame()).isFalse();
    }

    private static boolean inDamage(Frame frame, int x, int y) {
        for (Rect r : frame.damage()) {
            if (x >= r.x() && x < r.right() && y >= r.y() && y < r.bottom()) {
                return true;
            }
        }
        return false;
    }
}
