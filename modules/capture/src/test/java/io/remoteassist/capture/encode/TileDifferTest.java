package io.remoteassist.capture.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.source.SyntheticSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileDifferTest {

    @Test
    void theFirstFrameReportsEveryTileClippedToTheScreen() {
        SyntheticSource source = new SyntheticSource(200, 170, 1);
        TileDiffer differ = new TileDiffer(200, 170);

        List<Rect> tiles = differ.changedTiles(source.grab());

        assertThat(tiles).hasSize(4 * 3);
        assertThat(tiles.get(3)).isEqualTo(new Rect(192, 0, 8, 64));
        assertThat(tiles.get(11)).isEqualTo(new Rect(192, 128, 8, 42));
    }

    @Test
    void anUnchangedFrameReportsNoTileEvenWhenAllOfItIsDamaged() {
        Frame frame = Frames.copy(new SyntheticSource(320, 240, 2).grab());
        TileDiffer differ = new TileDiffer(320, 240);
        differ.changedTiles(frame);

        assertThat(differ.changedTiles(Frames.of(320, 240, frame.pixels().clone()))).isEmpty();
    }

    @Test
    void exactlyTheTilesThatDifferFromThePreviousFrameAreReported() {
        SyntheticSource source = new SyntheticSource(1000, 700, 3);
        TileDiffer differ = new TileDiffer(1000, 700);
        int[] previous = source.grab().pixels().clone();
        differ.changedTiles(Frames.of(1000, 700, previous.clone()));
        for (int i = 0; i < 20; i++) {
            Frame frame = source.grab();

            List<Rect> changed = differ.changedTiles(frame);

            assertThat(changed).isEqualTo(bruteForceDiff(previous, frame.pixels(), 1000, 700));
            assertThat(changed).isNotEmpty();
            previous = frame.pixels().clone();
        }
    }

    @Test
    void changesOutsideTheDamageRectanglesAreNotLookedFor() {
        int[] pixels = new int[128 * 128];
        TileDiffer differ = new TileDiffer(128, 128);
        differ.changedTiles(Frames.of(128, 128, pixels.clone()));
        pixels[0] = 0xFFFFFF;
        pixels[127 * 128 + 127] = 0xFFFFFF;

        List<Rect> changed = differ.changedTiles(
                new Frame(128, 128, pixels, List.of(new Rect(100, 100, 5, 5)), false, 1, 0));

        assertThat(changed).containsExactly(new Rect(64, 64, 64, 64));
    }

    @Test
    void aRequestedFullFrameReportsEveryTileOnce() {
        Frame frame = Frames.of(256, 192, new SyntheticSource(256, 192, 4).grab().pixels().clone());
        TileDiffer differ = new TileDiffer(256, 192);
        differ.changedTiles(frame);

        differ.requestFullFrame();

        assertThat(differ.changedTiles(frame)).hasSize(12);
        assertThat(differ.changedTiles(frame)).isEmpty();
    }

    @Test
    void aKeyFrameFromTheSourceReportsEveryTile() {
        SyntheticSource source = new SyntheticSource(256, 192, 5);
        TileDiffer differ = new TileDiffer(256, 192);
        differ.changedTiles(source.grab());
        source.requestKeyFrame();

        assertThat(differ.changedTiles(source.grab())).hasSize(12);
    }

    private static List<Rect> bruteForceDiff(int[] before, int[] after, int width, int height) {
        List<Rect> tiles = new ArrayList<>();
        for (int ty = 0; ty < height; ty += 64) {
            for (int tx = 0; tx < width; tx += 64) {
                Rect tile = new Rect(tx, ty, Math.min(64, width - tx), Math.min(64, height - ty));
                for (int y = tile.y(); y < tile.bottom(); y++) {
                    int from = y * width + tx;
                    if (!Arrays.equals(before, from, from + tile.width(), after, from, from + tile.width())) {
                        tiles.add(tile);
                        break;
                    }
                }
            }
        }
        return tiles;
    }
}
