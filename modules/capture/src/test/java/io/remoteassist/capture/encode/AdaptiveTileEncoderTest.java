package io.remoteassist.capture.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.capture.api.BandwidthLevel;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.TileEncoding;
import io.remoteassist.capture.source.SyntheticSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptiveTileEncoderTest {

    private final StandardTileDecoder decoder = new StandardTileDecoder();

    @Test
    void everyTileOfSyntheticFramesRoundTripsExactlyWhenLossless() {
        SyntheticSource source = new SyntheticSource(700, 500, 7);
        AdaptiveTileEncoder encoder = new AdaptiveTileEncoder(EncoderSettings.lossless());
        TileDiffer differ = new TileDiffer(700, 500);
        int[] mirror = new int[700 * 500];
        for (int i = 0; i < 5; i++) {
            Frame frame = source.grab();
            for (Rect tile : differ.changedTiles(frame)) {
                EncodedTile encoded = EncodedTile.fromBytes(encoder.encode(frame, tile).toBytes());
                assertThat(encoded.encoding().lossless()).isTrue();
                decoder.decode(encoded, mirror, 700);
            }
            assertThat(mirror).isEqualTo(frame.pixels());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 16, 17, 200, 256})
    void tilesOfAtMost256ColoursUseThePaletteAndDecodeExactly(int colours) {
        Frame frame = Frames.withColours(64, 64, colours, colours);

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.adaptive(0.5f)).encode(frame, frame.bounds());

        assertThat(tile.encoding()).isEqualTo(TileEncoding.PALETTE_DEFLATE);
        assertThat(tile.payload()[0] & 0xFF).isEqualTo(colours - 1);
        assertThat(decode(tile, 64, 64)).isEqualTo(frame.pixels());
    }

    @Test
    void aPaletteTileOfOddWidthKeepsRowsByteAligned() {
        Frame frame = Frames.withColours(37, 29, 3, 9);

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.lossless()).encode(frame, frame.bounds());

        assertThat(decode(tile, 37, 29)).isEqualTo(frame.pixels());
    }

    @Test
    void aSingleColourTileIsSentAsThreeBytes() {
        Frame frame = Frames.withColours(64, 64, 1, 1);

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.lossless()).encode(frame, frame.bounds());

        assertThat(tile.encoding()).isEqualTo(TileEncoding.SOLID);
        assertThat(tile.wireSize()).isEqualTo(EncodedTile.HEADER_BYTES + 3);
        assertThat(decode(tile, 64, 64)).isEqualTo(frame.pixels());
    }

    @Test
    void aTileOfManyColoursIsRawDeflateAndExactWhenLossyIsNotAllowed() {
        Frame frame = Frames.photo(64, 64, 3);

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.lossless()).encode(frame, frame.bounds());

        assertThat(tile.encoding()).isEqualTo(TileEncoding.RAW_DEFLATE);
        assertThat(decode(tile, 64, 64)).isEqualTo(frame.pixels());
    }

    @Test
    void aPhotoLikeTileIsJpegWithinToleranceWhenLossyIsAllowed() {
        Frame frame = Frames.photo(64, 64, 4);

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.adaptive(0.8f)).encode(frame, frame.bounds());
        int[] decoded = decode(tile, 64, 64);

        assertThat(tile.encoding()).isEqualTo(TileEncoding.JPEG);
        assertThat(tile.payload().length).isLessThan(64 * 64 * 3 / 2);
        assertThat(meanAbsoluteError(frame.pixels(), decoded)).isLessThan(6.0);
    }

    @Test
    void a256ColourPolicyQuantisesWithBoundedErrorAndNeverUsesJpeg() {
        Frame frame = Frames.photo(64, 64, 5);
        AdaptiveTileEncoder encoder = new AdaptiveTileEncoder(
                EncoderSettings.adaptive(0.8f).withBandwidth(BandwidthLevel.FULL_256_COLORS));

        EncodedTile tile = encoder.encode(frame, frame.bounds());
        int[] decoded = decode(tile, 64, 64);

        assertThat(tile.encoding()).isEqualTo(TileEncoding.PALETTE_DEFLATE);
        for (int i = 0; i < decoded.length; i++) {
            assertThat(decoded[i]).isEqualTo(Quantizer.quantize(frame.pixels()[i]));
            for (int shift = 0; shift <= 16; shift += 8) {
                int error = Math.abs((decoded[i] >> shift & 0xFF) - (frame.pixels()[i] >> shift & 0xFF));
                assertThat(error).isLessThanOrEqualTo(Quantizer.MAX_ERROR);
            }
        }
    }

    @Test
    void theQuantiserErrorBoundHoldsForEveryChannelValue() {
        for (int v = 0; v < 256; v++) {
            int q = Quantizer.quantize(v << 16 | v << 8 | v);
            assertThat(Math.abs((q >> 16 & 0xFF) - v)).isLessThanOrEqualTo(Quantizer.MAX_ERROR);
            assertThat(Math.abs((q >> 8 & 0xFF) - v)).isLessThanOrEqualTo(22);
            assertThat(Math.abs((q & 0xFF) - v)).isLessThanOrEqualTo(Quantizer.MAX_ERROR);
        }
    }

    @ParameterizedTest
    @EnumSource(value = BandwidthLevel.class, names = {"NONE", "NO_FULL_WINDOW_DRAG", "NO_BACKGROUND"})
    void bandwidthLevelsOtherThan256ColoursLeaveTheEncodingAlone(BandwidthLevel level) {
        Frame frame = Frames.photo(64, 64, 6);
        EncodedTile plain = new AdaptiveTileEncoder(EncoderSettings.adaptive(0.7f)).encode(frame, frame.bounds());

        EncodedTile tile = new AdaptiveTileEncoder(EncoderSettings.adaptive(0.7f).withBandwidth(level))
                .encode(frame, frame.bounds());

        assertThat(tile.encoding()).isEqualTo(plain.encoding());
        assertThat(tile.payload()).isEqualTo(plain.payload());
    }

    @Test
    void tilesEncodedOnManyThreadsAreTheSameAsOnOne() {
        Frame frame = Frames.copy(new SyntheticSource(960, 540, 8).grab());
        AdaptiveTileEncoder encoder = new AdaptiveTileEncoder(EncoderSettings.adaptive(0.6f));
        List<Rect> tiles = new TileDiffer(960, 540).changedTiles(frame);

        List<byte[]> sequential = tiles.stream().map(t -> encoder.encode(frame, t).toBytes()).toList();
        List<byte[]> parallel = tiles.parallelStream().map(t -> encoder.encode(frame, t).toBytes()).toList();

        assertThat(parallel).usingRecursiveComparison().isEqualTo(sequential);
    }

    @Test
    void aTileOutsideTheFrameIsRefused() {
        Frame frame = Frames.withColours(64, 64, 2, 1);

        assertThatThrownBy(() -> new AdaptiveTileEncoder(EncoderSettings.lossless()).encode(frame,
                new Rect(32, 32, 64, 64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptPayloadIsRejectedWithoutTouchingOtherPixels() {
        Frame frame = Frames.photo(64, 64, 9);
        EncodedTile good = new AdaptiveTileEncoder(EncoderSettings.lossless()).encode(frame, frame.bounds());
        byte[] truncated = Arrays.copyOf(good.payload(), good.payload().length / 2);
        int[] target = new int[128 * 64];

        assertThatThrownBy(() -> decoder.decode(new EncodedTile(new Rect(0, 0, 64, 64), TileEncoding.RAW_DEFLATE,
                truncated), target, 128)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode(new EncodedTile(new Rect(100, 0, 64, 64), TileEncoding.SOLID,
                new byte[3]), target, 128)).isInstanceOf(IllegalArgumentException.class);
    }

    private int[] decode(EncodedTile tile, int width, int height) {
        int[] pixels = new int[width * height];
        decoder.decode(EncodedTile.fromBytes(tile.toBytes()), pixels, width);
        return pixels;
    }

    private static double meanAbsoluteError(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * a.length);
    }
}
