package io.remoteassist.capture.encode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * JPEG payloads through ImageIO: baseline JFIF, YCbCr 4:2:0, one writer and one reader per thread, memory
 * streams only (ImageIO's default file cache would touch the disk for every tile). Thread-safe.
 */
final class JpegCodec {

    private static final ThreadLocal<ImageWriter> WRITER =
            ThreadLocal.withInitial(() -> ImageIO.getImageWritersByFormatName("jpeg").next());
    private static final ThreadLocal<ImageReader> READER =
            ThreadLocal.withInitial(() -> ImageIO.getImageReadersByFormatName("jpeg").next());

    private JpegCodec() {
    }

    static byte[] encode(int[] pixels, int width, int height, float quality) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, data, 0, width * height);
        ImageWriter writer = WRITER.get();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 2);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.setOutput(null);
        }
        return out.toByteArray();
    }

    static void decode(byte[] payload, TilePlacement at, int[] target) {
        ImageReader reader = READER.get();
        BufferedImage image;
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(payload))) {
            reader.setInput(stream, true, true);
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed JPEG tile", e);
        } finally {
            reader.setInput(null);
        }
        if (image.getWidth() != at.width() || image.getHeight() != at.height()) {
            throw new IllegalArgumentException("JPEG of " + image.getWidth() + "x" + image.getHeight()
                    + " for a tile of " + at.width() + "x" + at.height());
        }
        for (int y = 0; y < at.height(); y++) {
            image.getRGB(0, y, at.width(), 1, target, at.rowStart(y), at.width());
            for (int i = at.rowStart(y), end = i + at.width(); i < end; i++) {
                target[i] &= 0x00FFFFFF;
            }
        }
    }
}
