package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.encode.AdaptiveTileEncoder;
import io.remoteassist.capture.encode.TileDiffer;
import io.remoteassist.capture.source.SyntheticSource;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encoding costs: every changed tile of one incremental 1080p synthetic frame (lossless), and one
 * photo-like 64&times;64 tile as JPEG.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EncodeBenchmark {

    @Param({"0.6", "0.8"})
    public float quality;

    private Frame incremental;
    private List<Rect> changed;
    private AdaptiveTileEncoder lossless;
    private AdaptiveTileEncoder jpeg;
    private Frame photo;

    @Setup
    public void setUp() {
        SyntheticSource source = new SyntheticSource(1920, 1080, 1);
        TileDiffer differ = new TileDiffer(1920, 1080);
        differ.changedTiles(source.grab());
        incremental = source.grab();
        changed = differ.changedTiles(incremental);
        lossless = new AdaptiveTileEncoder(EncoderSettings.lossless());
        jpeg = new AdaptiveTileEncoder(EncoderSettings.adaptive(quality));
        photo = photoTile();
    }

    /** All changed tiles of an incremental frame, lossless; the tile count is printed once by {@link #main}. */
    @Benchmark
    public void losslessChangedTilesOfAnIncrementalFrame(Blackhole hole) {
        for (Rect tile : changed) {
            hole.consume(lossless.encode(incremental, tile));
        }
    }

    /** One photo-like tile through ImageIO JPEG. */
    @Benchmark
    public EncodedTile jpegPhotoTile() {
        return jpeg.encode(photo, photo.bounds());
    }

    private static Frame photoTile() {
        Random random = new Random(5);
        int[] pixels = new int[64 * 64];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int r = Math.min(255, x * 3 + random.nextInt(9));
                int g = Math.min(255, y * 3 + random.nextInt(9));
                int b = 128 + (int) (60 * Math.sin((x + y) / 9.0)) + random.nextInt(9);
                pixels[y * 64 + x] = r << 16 | g << 8 | b;
            }
        }
        return new Frame(64, 64, pixels, List.of(new Rect(0, 0, 64, 64)), false, 0, 0);
    }

    /** Prints the size of the benchmarked work, for reading the figures. */
    public static void main(String[] args) {
        EncodeBenchmark b = new EncodeBenchmark();
        b.quality = 0.6f;
        b.setUp();
        long bytes = b.changed.stream().mapToLong(t -> b.lossless.encode(b.incremental, t).wireSize()).sum();
        System.out.printf("changed_tiles=%d lossless_bytes=%d jpeg_tile_bytes=%d%n", b.changed.size(), bytes,
                b.jpegPhotoTile().wireSize());
    }
}
