package io.remoteassist.capture.bench;

import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A recorded screen: its size, then one entry per grab that had damage — the damage rectangles and their pixels. Replaying
 * it patches one frame buffer entry by entry, which gives back every frame the source returned (the first one whole).
 */
final class ScreenTrace {

    /** One grab: the rectangles that changed and, for each, its pixels row-major. */
    record Entry(List<Rect> damage, List<int[]> pixels) {
    }

    final int width;
    final int height;
    final List<Entry> entries;

    ScreenTrace(int width, int height, List<Entry> entries) {
        this.width = width;
        this.height = height;
        this.entries = entries;
    }

    /** Copies the damaged rectangles of {@code frame} out of its buffer. */
    static Entry entryOf(Frame frame) {
        List<int[]> pixels = new ArrayList<>();
        for (Rect r : frame.damage()) {
            int[] copy = new int[r.width() * r.height()];
            for (int y = 0; y < r.height(); y++) {
                System.arraycopy(frame.pixels(), (r.y() + y) * frame.width() + r.x(), copy, y * r.width(), r.width());
            }
            pixels.add(copy);
        }
        return new Entry(frame.damage(), pixels);
    }

    /** Writes the entry's rectangles into {@code screen}. */
    void apply(Entry entry, int[] screen) {
        for (int i = 0; i < entry.damage().size(); i++) {
            Rect r = entry.damage().get(i);
            for (int y = 0; y < r.height(); y++) {
                System.arraycopy(entry.pixels().get(i), y * r.width(), screen, (r.y() + y) * width + r.x(), r.width());
            }
        }
    }

    void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(Files.newOutputStream(file), new Deflater(1)), 1 << 16))) {
            out.writeInt(width);
            out.writeInt(height);
            out.writeInt(entries.size());
            for (Entry e : entries) {
                out.writeInt(e.damage().size());
                for (int i = 0; i < e.damage().size(); i++) {
                    Rect r = e.damage().get(i);
                    out.writeInt(r.x());
                    out.writeInt(r.y());
                    out.writeInt(r.width());
                    out.writeInt(r.height());
                    int[] p = e.pixels().get(i);
                    ByteBuffer bytes = ByteBuffer.allocate(p.length * 4);
                    bytes.asIntBuffer().put(p);
                    out.write(bytes.array());
                }
            }
        }
    }

    static ScreenTrace read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(Files.newInputStream(file)), 1 << 16))) {
            int width = in.readInt();
            int height = in.readInt();
            int n = in.readInt();
            List<Entry> entries = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int rects = in.readInt();
                List<Rect> damage = new ArrayList<>(rects);
                List<int[]> pixels = new ArrayList<>(rects);
                for (int i = 0; i < rects; i++) {
                    Rect r = new Rect(in.readInt(), in.readInt(), in.readInt(), in.readInt());
                    byte[] bytes = new byte[r.width() * r.height() * 4];
                    in.readFully(bytes);
                    int[] p = new int[r.width() * r.height()];
                    ByteBuffer.wrap(bytes).asIntBuffer().get(p);
                    damage.add(r);
                    pixels.add(p);
                }
                entries.add(new Entry(damage, pixels));
            }
            return new ScreenTrace(width, height, entries);
        }
    }
}
