package io.remoteassist.capture.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyingUpdateEncoderTest {

    private static final int W = 640;
    private static final int H = 480;

    private final TileDiffer differ = new TileDiffer(W, H);
    private final CopyingUpdateEncoder encoder =
            new CopyingUpdateEncoder(W, H, new AdaptiveTileEncoder(EncoderSettings.lossless()));
    private final StandardTileDecoder decoder = new StandardTileDecoder();
    private final int[] receiver = new int[W * H];

    @Test
    void scrolledTextTravelsAsCopiesAndTheReceiverEndsWithTheSamePicture() {
        int[] screen = new int[W * H];
        Random random = new Random(1);
        drawText(screen, 0, 0, 500, 400, random);
        List<EncodedTile> first = send(screen);
        assertThat(first).noneMatch(t -> t.encoding() == TileEncoding.COPY);
        for (int step = 0; step < 6; step++) {
            scrollUp(screen, 500, 400, 15 * (step % 2 + 1), random);

            List<EncodedTile> update = send(screen);

            assertThat(receiver).isEqualTo(screen);
            long copies = update.stream().filter(t -> t.encoding() == TileEncoding.COPY).count();
            assertThat(copies).as("copies in update %d of %d tiles", step, update.size())
                    .isGreaterThan(update.size() / 2);
        }
    }

    @Test
    void aWindowMovedDownAndRightIsCopiedToo() {
        int[] screen = new int[W * H];
        Random random = new Random(2);
        int[] window = new int[200 * 130];
        for (int i = 0; i < window.length; i++) {
            window[i] = random.nextInt(8) == 0 ? 0x202020 : 0xFFFFE0;
        }
        paint(screen, window, 200, 130, 40, 40);
        send(screen);
        for (int step = 1; step <= 5; step++) {
            java.util.Arrays.fill(screen, 0x336699);
            paint(screen, window, 200, 130, 40 + 7 * step, 40 + 5 * step);

            List<EncodedTile> update = send(screen);

            assertThat(receiver).isEqualTo(screen);
            assertThat(update).anyMatch(t -> t.encoding() == TileEncoding.COPY);
        }
    }

    @Test
    void afterAResetNothingIsCopied() {
        int[] screen = new int[W * H];
        drawText(screen, 0, 0, 500, 400, new Random(3));
        send(screen);
        scrollUp(screen, 500, 400, 15, new Random(4));
        encoder.reset();
        differ.requestFullFrame();

        List<EncodedTile> update = send(screen);

        assertThat(update).noneMatch(t -> t.encoding() == TileEncoding.COPY);
        assertThat(receiver).isEqualTo(screen);
    }

    private List<EncodedTile> send(int[] screen) {
        Frame frame = Frames.of(W, H, screen.clone());
        List<Rect> changed = differ.changedTiles(frame);
        List<EncodedTile> update = encoder.encode(frame, changed);
        for (EncodedTile tile : update) {
            decoder.decode(EncodedTile.fromBytes(tile.toBytes()), receiver, W);
        }
        return update;
    }

    private static void drawText(int[] screen, int x0, int y0, int w, int h, Random random) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                screen[y * W + x] = 0xFFFFFF;
            }
        }
        for (int line = 0; line < h / 15; line++) {
            drawLine(screen, x0, y0 + line * 15, w, random);
        }
    }

    private static void drawLine(int[] screen, int x0, int y, int w, Random random) {
        for (int x = x0; x < x0 + w - 9; x += 9) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            for (int dy = 2; dy < 13; dy++) {
                for (int dx = 1; dx < 8; dx++) {
                    screen[(y + dy) * W + x + dx] = random.nextInt(3) == 0 ? 0x000000 : 0xFFFFFF;
                }
            }
        }
    }

    private static void scrollUp(int[] screen, int w, int h, int by, Random random) {
        for (int y = 0; y < h - by; y++) {
            System.arraycopy(screen, (y + by) * W, screen, y * W, w);
        }
        for (int y = h - by; y < h; y++) {
            java.util.Arrays.fill(screen, y * W, y * W + w, 0xFFFFFF);
        }
        drawLine(screen, 0, h - 15, w, random);
    }

    private static void paint(int[] screen, int[] window, int w, int h, int x0, int y0) {
        for (int y = 0; y < h; y++) {
            System.arraycopy(window, y * w, screen, (y0 + y) * W + x0, w);
        }
    }
}
