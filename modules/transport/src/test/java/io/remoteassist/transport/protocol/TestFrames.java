package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random valid frames and random chunkings, for parser tests. */
public final class TestFrames {

    private TestFrames() {
    }

    public static Frame randomFrame(Random random) {
        FrameType[] types = FrameType.values();
        FrameType type = types[random.nextInt(types.length)];
        int length = random.nextInt(Math.min(type.maxPayload(), 3000) + 1);
        byte[] payload = new byte[length];
        random.nextBytes(payload);
        return new Frame(type, 0, random.nextInt(), payload);
    }

    public static List<Frame> randomFrames(Random random, int count) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(randomFrame(random));
        }
        return frames;
    }

    public static byte[] encodeAll(List<Frame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Frame frame : frames) {
            out.writeBytes(FrameCodec.encode(frame));
        }
        return out.toByteArray();
    }

    /** Splits bytes into chunks of 1 to {@code maxChunk} bytes (sometimes empty), as a transport might. */
    public static List<ByteBuffer> chunks(byte[] bytes, Random random, int maxChunk) {
        List<ByteBuffer> chunks = new ArrayList<>();
        int position = 0;
        while (position < bytes.length) {
            int size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(maxChunk);
            size = Math.min(size, bytes.length - position);
            chunks.add(ByteBuffer.wrap(bytes, position, size).slice());
            position += size;
        }
        return chunks;
    }

    public static byte[] header(int magic, int version, int type, int flags, int key, int length) {
        return ByteBuffer.allocate(12).put((byte) magic).put((byte) version).put((byte) type).put((byte) flags)
                .putInt(key).putInt(length).array();
    }
}
