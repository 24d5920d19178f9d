package io.remoteassist.capture.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import io.remoteassist.capture.api.CursorImage;
import org.junit.jupiter.api.Test;

class CursorPixelsTest {

    @Test
    void eachUnsignedLongOnSixtyFourBitsGivesTheArgbOfItsLowHalf() {
        Memory pixels = new Memory(3 * 8L);
        pixels.setLong(0, 0x0000_0000_FF10_2030L);
        pixels.setLong(8, 0xDEAD_BEEF_8040_2010L);
        pixels.setLong(16, 0L);

        assertThat(CursorPixels.read(pixels, 3, 8)).containsExactly(0xFF10_2030, 0x8040_2010, 0);
    }

    @Test
    void onThirtyTwoBitsEachPixelIsOneInt() {
        Memory pixels = new Memory(2 * 4L);
        pixels.setInt(0, 0xFF00_00FF);
        pixels.setInt(4, 0x7F7F_0000);

        assertThat(CursorPixels.read(pixels, 2, 4)).containsExactly(0xFF00_00FF, 0x7F7F_0000);
    }

    @Test
    void premultipliedAlphaBecomesStraight() {
        assertThat(CursorPixels.straight(0xFF12_3456)).isEqualTo(0xFF12_3456);
        assertThat(CursorPixels.straight(0x0012_3456)).isZero();
        // half-transparent white is 0x80808080 premultiplied
        assertThat(CursorPixels.straight(0x8080_8080)).isEqualTo(0x80FF_FFFF);
        assertThat(CursorPixels.straight(0x4020_1000)).isEqualTo(0x4080_4000);
        // a colour brighter than its alpha allows (bad input) saturates
        assertThat(CursorPixels.straight(0x10FF_FFFF)).isEqualTo(0x10FF_FFFF);
    }

    @Test
    void aHotSpotOutsideTheImageIsClampedIntoIt() {
        CursorImage image = CursorPixels.image(7, 16, 16, 40, -3, new int[256]);

        assertThat(image.hotX()).isEqualTo(15);
        assertThat(image.hotY()).isZero();
        assertThat(image.serial()).isEqualTo(7);
    }

    @Test
    void aCursorLargerThanTheCapIsCroppedAroundItsHotSpot() {
        int side = 300;
        int[] pixels = new int[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF00_0000 | i % side << 8 | i / side % 256;
        }

        CursorImage image = CursorPixels.image(1, side, side, 250, 10, pixels);

        assertThat(image.width()).isEqualTo(CursorImage.MAX_SIDE);
        assertThat(image.height()).isEqualTo(CursorImage.MAX_SIDE);
        // columns 172..299 (hot spot 250 near the right edge), rows 0..127 (hot spot 10 near the top)
        assertThat(image.hotX()).isEqualTo(250 - 172);
        assertThat(image.hotY()).isEqualTo(10);
        int hot = image.argb()[image.hotY() * image.width() + image.hotX()];
        assertThat(hot).isEqualTo(pixels[10 * side + 250]);
        assertThat(image.argb()[0]).isEqualTo(pixels[172]);
    }

    @Test
    void aCursorWithinTheCapKeepsEveryPixel() {
        int[] pixels = {0xFF00_0000, 0xFFFF_FFFF, 0, 0xFF00_0000, 0xFFFF_FFFF, 0};

        CursorImage image = CursorPixels.image(3, 3, 2, 1, 1, pixels);

        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.argb()).containsExactly(pixels);
    }

    @Test
    void anEmptyImageIsOneTransparentPixel() {
        CursorImage image = CursorPixels.image(9, 0, 0, 0, 0, new int[0]);

        assertThat(image.width()).isEqualTo(1);
        assertThat(image.height()).isEqualTo(1);
        assertThat(image.argb()).containsExactly(0);
    }

    @Test
    void tooFewPixelsForTheSizeIsTreatedAsEmpty() {
        CursorImage image = CursorPixels.image(9, 4, 4, 1, 1, new int[3]);

        assertThat(image.width()).isEqualTo(1);
        assertThat(image.argb()).containsExactly(0);
    }
}
