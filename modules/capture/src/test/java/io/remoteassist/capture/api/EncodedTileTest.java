package io.remoteassist.capture.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EncodedTileTest {

    @Test
    void theWireFrameHasTheDocumentedHeader() {
        EncodedTile tile = new EncodedTile(new Rect(1920 - 64, 1080 - 56, 64, 56), TileEncoding.SOLID,
                new byte[] {1, 2, 3});

        byte[] bytes = tile.toBytes();

        assertThat(bytes).containsExactly(0, 1, 0x07, 0x40, 0x04, 0x00, 0, 64, 0, 56, 0, 0, 0, 3, 1, 2, 3);
        EncodedTile back = EncodedTile.fromBytes(bytes);
        assertThat(back.area()).isEqualTo(tile.area());
        assertThat(back.encoding()).isEqualTo(TileEncoding.SOLID);
        assertThat(back.payload()).containsExactly(1, 2, 3);
    }

    @Test
    void aTruncatedOrUnknownFrameIsRejected() {
        byte[] bytes = new EncodedTile(new Rect(0, 0, 1, 1), TileEncoding.SOLID, new byte[3]).toBytes();

        assertThatThrownBy(() -> EncodedTile.fromBytes(Arrays.copyOf(bytes, 16)))
                .isInstanceOf(IllegalArgumentException.class);
        bytes[0] = 9;
        assertThatThrownBy(() -> EncodedTile.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class);
        bytes[0] = 0;
        bytes[1] = 2;
        assertThatThrownBy(() -> EncodedTile.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFacadeFindsTheModulesImplementation() {
        assertThat(Capture.encoder(EncoderSettings.lossless()).settings()).isEqualTo(EncoderSettings.lossless());
        assertThat(Capture.syntheticSource(320, 240, 1).name()).isEqualTo("synthetic");
        assertThat(Capture.gate(event -> true).isControlShared()).isFalse();
    }
}
