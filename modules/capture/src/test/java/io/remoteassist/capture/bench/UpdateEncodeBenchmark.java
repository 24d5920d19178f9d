package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.encode.AdaptiveTileEncoder;
import io.remoteassist.capture.encode.CopyingUpdateEncoder;
import io.remoteassist.capture.encode.TileDiffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One incremental 1080p update of a scrolling terminal like the reference workload's (990×660 pixels of 9×15
 * glyphs, scrolled by one or two lines): the changed tiles encoded one by one ({@code tiles}), or as updates with
 * COPY for scrolled tiles ({@code update}: the scroll and back, two updates per call). The setup prints the bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UpdateEncodeBenchmark {

    private static final int W = 1920;
    private static final int H = 1080;

    @Param({"15", "30"})
    public int scroll;

    private Frame before;
    private Frame after;
    private Frame back;
    private List<Rect> changed;
    private AdaptiveTileEncoder tiles;
    private CopyingUpdateEncoder update;

    @Setup
    public void setUp() {
        Random random = new Random(5);
        int[] screen = new int[W * H];
        java.util.Arrays.fill(screen, 0x336699);
        for (int line = 0; line < 44 + scroll / 15; line++) {
            drawLine(screen, line * 15, random);
        }
        int[] first = screen.clone();
        int[] second = screen.clone();
        for (int y = 0; y < 660; y++) {
            System.arraycopy(screen, (y + scroll) * W, second, y * W, 990);
        }
        before = new Frame(W, H, first, List.of(new Rect(0, 0, W, H)), true, 0, 0);
        after = new Frame(W, H, second, List.of(new Rect(0, 0, 990, 660)), false, 1, 0);
        TileDiffer differ = new TileDiffer(W, H);
        differ.changedTiles(before);
        changed = differ.changedTiles(after);
        tiles = new AdaptiveTileEncoder(EncoderSettings.lossless());
        long plainBytes = 0;
        for (Rect area : changed) {
            plainBytes += tiles.encode(after, area).payload().length;
        }
        update = new CopyingUpdateEncoder(W, H, tiles);
        update.encode(before, allTiles());
        back = new Frame(W, H, first, List.of(new Rect(0, 0, 990, 660)), false, 2, 0);
        List<EncodedTile> sent = update.encode(after, changed);
        update.encode(back, changed);
        long updateBytes = sent.stream().mapToLong(t -> t.payload().length).sum();
        System.out.printf("%nscroll=%d changed_tiles=%d tiles_bytes=%d update_bytes=%d update_tiles=%d%n", scroll,
                changed.size(), plainBytes, updateBytes, sent.size());
    }

    @Benchmark
    public List<EncodedTile> tiles() {
        List<EncodedTile> out = new ArrayList<>(changed.size());
        for (Rect area : changed) {
            out.add(tiles.encode(after, area));
        }
        return out;
    }

    /** Two updates per call: the scroll, then back (content moving down), so the state repeats. */
    @Benchmark
    public int update() {
        return update.encode(after, changed).size() + update.encode(back, changed).size();
    }

    private static List<Rect> allTiles() {
        List<Rect> all = new ArrayList<>();
        for (int y = 0; y < H; y += 64) {
            for (int x = 0; x < W; x += 64) {
                all.add(new Rect(x, y, Math.min(64, W - x), Math.min(64, H - y)));
            }
        }
        return all;
    }

    private static void drawLine(int[] screen, int y, Random random) {
        for (int x = 0; x < 990; x++) {
            for (int dy = 0; dy < 15; dy++) {
                screen[(y + dy) * W + x] = 0xFFFFFF;
            }
        }
        for (int x = 0; x + 9 <= 990; x += 9) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            for (int dy = 2; dy < 13; dy++) {
                for (int dx = 1; dx < 8; dx++) {
                    screen[(y + dy) * W + x + dx] = random.nextInt(3) == 0 ? 0x000000 : 0xFFFFFF;
                }
            }
        }
    }
}
