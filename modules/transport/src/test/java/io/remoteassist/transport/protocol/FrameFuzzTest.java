package io.remoteassist.transport.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.transport.api.Frame;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bounded fuzzing with fixed seeds: whatever the bytes, only {@link ProtocolException} may escape. */
class FrameFuzzTest {

    private static final int ROUNDS = 400;

    @ParameterizedTest
    @ValueSource(longs = {11, 23, 57, 101, 2024})
    void mutatedStreamsFailOnlyWithAProtocolException(long seed) {
        Random random = new Random(seed);
        int failures = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] wire = mutate(TestFrames.encodeAll(TestFrames.randomFrames(random, 1 + random.nextInt(6))),
                    random);
            failures += parseAndDecode(wire, random) ? 0 : 1;
        }
        assertThat(failures).as("some mutations must be caught").isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 5, 8})
    void randomBytesFailOnlyWithAProtocolException(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] wire = new byte[random.nextInt(200)];
            random.nextBytes(wire);
            if (wire.length > 1 && random.nextBoolean()) {
                // a plausible preamble gets the fuzz past the magic check
                wire[0] = (byte) FrameCodec.MAGIC;
                wire[1] = (byte) FrameCodec.VERSION;
            }
            parseAndDecode(wire, random);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {13, 17})
    void randomPayloadsOfEveryTypeDecodeOrFailWithAProtocolException(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS * 5; round++) {
            Frame frame = TestFrames.randomFrame(random);
            byte[] payload = new byte[Math.min(frame.payload().length, random.nextInt(40))];
            random.nextBytes(payload);
            try {
                PayloadCodec.decode(new Frame(frame.type(), 0, 0, payload));
            } catch (ProtocolException expected) {
                // the only allowed failure
            }
        }
    }

    /** @return {@code true} if the bytes parsed and decoded without error */
    private static boolean parseAndDecode(byte[] wire, Random random) {
        FrameParser parser = new FrameParser(64 * 1024);
        try {
            for (ByteBuffer chunk : TestFrames.chunks(wire, random, 17)) {
                List<Frame> frames = parser.feed(chunk);
                for (Frame frame : frames) {
                    if (!frame.encrypted()) {
                        PayloadCodec.decode(frame);
                    }
                }
            }
            return true;
        } catch (ProtocolException expected) {
            return false;
        }
    }

    private static byte[] mutate(byte[] wire, Random random) {
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && wire.length > 0; i++) {
            switch (random.nextInt(4)) {
                case 0:
                    wire[random.nextInt(wire.length)] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 1:
                    wire[random.nextInt(wire.length)] = (byte) random.nextInt(256);
                    break;
                case 2:
                    wire = Arrays.copyOf(wire, random.nextInt(wire.length));
                    break;
                default:
                    // header bytes are where parsers break: hit them on purpose
                    wire[random.nextInt(Math.min(12, wire.length))] = (byte) random.nextInt(256);
                    break;
            }
        }
        return wire;
    }
}
