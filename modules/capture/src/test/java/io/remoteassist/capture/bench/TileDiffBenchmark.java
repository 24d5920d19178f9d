package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.encode.TileDiffer;
import io.remoteassist.capture.source.SyntheticSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** 64&times;64 tile diff of a 1080p frame when the source gives no damage (the whole screen is compared). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TileDiffBenchmark {

    private Frame even;
    private Frame odd;
    private TileDiffer differ;
    private long n;

    @Setup
    public void setUp() {
        SyntheticSource source = new SyntheticSource(1920, 1080, 1);
        even = wholeScreenDamage(source.grab());
        odd = wholeScreenDamage(source.grab());
        differ = new TileDiffer(1920, 1080);
        differ.changedTiles(even);
    }

    /** Alternates two consecutive frames of the synthetic desktop: a realistic share of tiles differs. */
    @Benchmark
    public List<Rect> diffOfTwoConsecutiveFrames() {
        return differ.changedTiles(n++ % 2 == 0 ? odd : even);
    }

    /** The same frame again: every tile compared in full, none copied. */
    @Benchmark
    public List<Rect> diffOfAnIdenticalFrame() {
        return differ.changedTiles(even);
    }

    private static Frame wholeScreenDamage(Frame frame) {
        return new Frame(frame.width(), frame.height(), frame.pixels().clone(), List.of(frame.bounds()), false,
                frame.sequence(), 0);
    }
}
