package io.remoteassist.capture.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.capture.source.SyntheticSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SharedTileWorkTest {

    private final AdaptiveTileEncoder tiles = new AdaptiveTileEncoder(EncoderSettings.lossless());

    @Test
    void twoThreadsGiveTheSameTilesInTheSameOrderAsOne() {
        SyntheticSource source = new SyntheticSource(900, 600, 3);
        TileDiffer differ = new TileDiffer(900, 600);
        SharedTileWork alone = new SharedTileWork(tiles, false);
        SharedTileWork shared = new SharedTileWork(tiles, true);
        for (int i = 0; i < 4; i++) {
            Frame frame = source.grab();
            List<Rect> changed = differ.changedTiles(frame);

            List<EncodedTile> one = alone.encode(frame, changed);
            List<EncodedTile> two = shared.encode(frame, changed);

            assertThat(two).hasSameSizeAs(one);
            for (int t = 0; t < one.size(); t++) {
                assertThat(two.get(t).area()).isEqualTo(one.get(t).area());
                assertThat(two.get(t).toBytes()).isEqualTo(one.get(t).toBytes());
            }
        }
        assertThat(alone.helperCpuNanos()).isZero();
    }

    @Test
    void aHelperThatStopsHalfWayDoesNotHoldTheUpdate() throws Exception {
        Frame frame = new SyntheticSource(640, 480, 5).grab();
        List<Rect> areas = new TileDiffer(640, 480).changedTiles(frame);
        CountDownLatch release = new CountDownLatch(1);
        TileEncoder stalling = new TileEncoder() {
            @Override
            public EncoderSettings settings() {
                return tiles.settings();
            }

            @Override
            public EncodedTile encode(Frame f, Rect area) {
                if (Thread.currentThread().getName().equals("ra-capture-encode")) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return tiles.encode(f, area);
            }
        };
        try {
            List<EncodedTile> shared = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> new SharedTileWork(stalling, true).encode(frame, areas));
            List<EncodedTile> alone = new SharedTileWork(tiles, false).encode(frame, areas);

            assertThat(shared).hasSameSizeAs(alone);
            for (int t = 0; t < alone.size(); t++) {
                assertThat(shared.get(t).toBytes()).isEqualTo(alone.get(t).toBytes());
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void aTileThatCannotBeEncodedFailsTheUpdateWhicheverThreadHadIt() {
        Frame frame = new SyntheticSource(640, 480, 1).grab();
        TileEncoder refusing = new TileEncoder() {
            @Override
            public EncoderSettings settings() {
                return tiles.settings();
            }

            @Override
            public EncodedTile encode(Frame f, Rect area) {
                if (area.x() == 320 && area.y() == 256) {
                    throw new IllegalArgumentException("tile refused");
                }
                return tiles.encode(f, area);
            }
        };
        List<Rect> areas = new TileDiffer(640, 480).changedTiles(frame);

        assertThatThrownBy(() -> new SharedTileWork(refusing, true).encode(frame, areas))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tile refused");
    }
}
