package io.remoteassist.transport.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameParserTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 99_999})
    void framesSurviveAnyChunking(long seed) throws Exception {
        Random random = new Random(seed);
        List<Frame> sent = TestFrames.randomFrames(random, 50);
        byte[] wire = TestFrames.encodeAll(sent);
        for (int maxChunk : new int[] {1, 2, 7, 13, 100, 5000, wire.length}) {
            FrameParser parser = new FrameParser();
            List<Frame> received = new ArrayList<>();
            for (ByteBuffer chunk : TestFrames.chunks(wire, random, maxChunk)) {
                received.addAll(parser.feed(chunk));
                assertThat(chunk.hasRemaining()).isFalse();
            }
            assertThat(received).containsExactlyElementsOf(sent);
            assertThat(parser.isIdle()).isTrue();
            assertThat(parser.framesParsed()).isEqualTo(sent.size());
        }
    }

    @Test
    void aFrameIsEmittedAsSoonAsItsLastByteArrives() throws Exception {
        byte[] wire = FrameCodec.encode(Frame.of(FrameType.PING, new byte[8]));
        FrameParser parser = new FrameParser();
        assertThat(parser.feed(ByteBuffer.wrap(wire, 0, wire.length - 1))).isEmpty();
        assertThat(parser.isIdle()).isFalse();
        assertThat(parser.feed(ByteBuffer.wrap(wire, wire.length - 1, 1))).hasSize(1);
    }

    @Test
    void anEmptyPayloadIsAFrame() throws Exception {
        byte[] wire = FrameCodec.encode(Frame.of(FrameType.BYE, new byte[0]));
        assertThat(new FrameParser().feed(ByteBuffer.wrap(wire)))
                .containsExactly(Frame.of(FrameType.BYE, new byte[0]));
    }

    @Test
    void aWrongMagicIsAnUnsupportedVersion() {
        assertRejected(TestFrames.header('G', 1, 0x40, 0, 0, 0), TransportStatus.UNSUPPORTED_VERSION);
    }

    @Test
    void aFutureVersionIsRejected() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 2, 0x40, 0, 0, 0), TransportStatus.UNSUPPORTED_VERSION);
    }

    @Test
    void anUnknownTypeIsRejected() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, 0x99, 0, 0, 0), TransportStatus.UNKNOWN_TYPE);
    }

    @Test
    void reservedFlagsAreMalformed() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, 0x40, 0x04, 0, 8), TransportStatus.MALFORMED_FRAME);
    }

    @Test
    void anEncryptedHandshakeFrameIsMalformed() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.AUTH.code(), Frame.ENCRYPTED, 0, 40),
                TransportStatus.MALFORMED_FRAME);
    }

    @Test
    void anEnvelopeShorterThanItsOverheadIsMalformed() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.CHAT.code(), Frame.ENCRYPTED, 0, 23),
                TransportStatus.MALFORMED_FRAME);
    }

    @Test
    void anOversizedFrameIsRejectedFromItsHeaderAlone() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.SCREEN_TILE.code(), 0, 0,
                FrameCodec.DEFAULT_MAX_PAYLOAD + 1), TransportStatus.FRAME_TOO_LARGE);
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.SCREEN_TILE.code(), 0, 0, -1),
                TransportStatus.FRAME_TOO_LARGE);
    }

    @Test
    void eachTypeHasItsOwnCap() {
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.INPUT.code(), 0, 0, 65),
                TransportStatus.FRAME_TOO_LARGE);
    }

    @Test
    void anEncryptedFrameMayExceedTheCapByTheEnvelopeOnly() throws Exception {
        int length = FrameType.INPUT.maxPayload() + FrameCodec.ENVELOPE_OVERHEAD;
        byte[] header = TestFrames.header(FrameCodec.MAGIC, 1, FrameType.INPUT.code(), Frame.ENCRYPTED, 0, length);
        assertThat(new FrameParser().feed(ByteBuffer.wrap(header))).isEmpty();
        assertRejected(TestFrames.header(FrameCodec.MAGIC, 1, FrameType.INPUT.code(), Frame.ENCRYPTED, 0,
                length + 1), TransportStatus.FRAME_TOO_LARGE);
    }

    @Test
    void theReaderCapAppliesOnTopOfTheTypeCap() {
        FrameParser parser = new FrameParser(1024);
        byte[] header = TestFrames.header(FrameCodec.MAGIC, 1, FrameType.SCREEN_TILE.code(), 0, 0, 1025);
        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(header)))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.status()).isEqualTo(TransportStatus.FRAME_TOO_LARGE));
    }

    @Test
    void aFailedParserStaysFailed() {
        FrameParser parser = new FrameParser();
        byte[] bad = TestFrames.header(FrameCodec.MAGIC, 1, 0x99, 0, 0, 0);
        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(bad))).isInstanceOf(ProtocolException.class);
        byte[] good = FrameCodec.encode(Frame.of(FrameType.PING, new byte[8]));
        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(good)))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.status()).isEqualTo(TransportStatus.UNKNOWN_TYPE));
        assertThat(parser.isIdle()).isFalse();
    }

    @Test
    void framesBeforeAnErrorInTheSameChunkAreDelivered() {
        byte[] good = FrameCodec.encode(Frame.of(FrameType.PING, new byte[8]));
        byte[] bad = TestFrames.header(FrameCodec.MAGIC, 7, 0x40, 0, 0, 0);
        ByteBuffer both = ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).flip();
        List<Frame> seen = new ArrayList<>();
        assertThatThrownBy(() -> new FrameParser().feed(both, seen::add)).isInstanceOf(ProtocolException.class);
        assertThat(seen).hasSize(1);
    }

    private static void assertRejected(byte[] bytes, TransportStatus status) {
        Random random = new Random(7);
        FrameParser parser = new FrameParser();
        assertThatThrownBy(() -> {
            for (ByteBuffer chunk : TestFrames.chunks(bytes, random, 3)) {
                parser.feed(chunk);
            }
        }).isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
