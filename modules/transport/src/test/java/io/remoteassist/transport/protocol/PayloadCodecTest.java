package io.remoteassist.transport.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadCodecTest {

    static Stream<Payload> payloads() {
        byte[] argb = new byte[2 * 3 * 4];
        Arrays.fill(argb, (byte) 0x7F);
        return Stream.of(
                new Hello(Role.HELPER, "Ana Müller", Hello.CAP_SRP | Hello.CAP_ECDH),
                new Auth(AuthStep.SRP_CHALLENGE, new byte[] {1, 2, 3}, new byte[256]),
                Auth.of(AuthStep.SRP_CONFIRM, new byte[] {9}),
                new ScreenTile(640, 480, 64, 64, 2, new byte[] {1, 2, 3, 4, 5}),
                new ScreenTile(0, 0, 1, 1, 0, new byte[0]),
                new CursorUpdate(100, 200, Optional.empty()),
                new CursorUpdate(0, 65535, Optional.of(new CursorShape(1, 2, 2, 3, argb))),
                new PointerMove(1919, 1079),
                new PointerButton(3, true),
                new Wheel(-120, 240),
                new KeyEvent(0xFF1B, false, KeyEvent.CONTROL | KeyEvent.SHIFT),
                new KeyEvent(0xFFFF_FFFF, true, 0),
                new ChatMessage("Helper", "héllo \uD83D\uDC4B <script>", Instant.ofEpochMilli(1_700_000_000_123L)),
                new ControlState(ControlMode.GRANTED),
                new Pause(true),
                new Ping(Long.MIN_VALUE),
                new Pong(123_456_789L),
                new Bye(TransportStatus.QUEUE_OVERFLOW));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyPayloadSurvivesTheWireUnchanged(Payload payload) throws Exception {
        Frame frame = PayloadCodec.encode(payload);
        assertThat(frame.type()).isEqualTo(payload.type());
        assertThat(frame.key()).isEqualTo(payload.key());
        List<Frame> parsed = new FrameParser().feed(ByteBuffer.wrap(FrameCodec.encode(frame)));
        assertThat(PayloadCodec.decode(parsed.get(0))).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyTruncatedPayloadIsABadPayload(Payload payload) {
        byte[] bytes = PayloadCodec.encode(payload).payload();
        if (payload instanceof ScreenTile) {
            bytes = Arrays.copyOf(bytes, 8);
        } else if (bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        assertBad(payload.type(), bytes);
    }

    @Test
    void trailingBytesAreABadPayload() {
        byte[] bytes = PayloadCodec.encode(new Ping(1)).payload();
        assertBad(FrameType.PING, Arrays.copyOf(bytes, bytes.length + 1));
    }

    @Test
    void invalidUtf8IsABadPayload() {
        byte[] bytes = ByteBuffer.allocate(8 + 2 + 1 + 2 + 2).putLong(0).putShort((short) 1).put((byte) 'a')
                .putShort((short) 2).put((byte) 0xC3).put((byte) 0x28).array();
        assertBad(FrameType.CHAT, bytes);
    }

    @Test
    void outOfRangeValuesAreBadPayloads() {
        assertBad(FrameType.PAUSE, new byte[] {2});
        assertBad(FrameType.INPUT, new byte[] {9, 0, 0});
        assertBad(FrameType.INPUT, new byte[] {PointerButton.KIND, 0, 1});
        assertBad(FrameType.CONTROL_STATE, new byte[] {42});
        assertBad(FrameType.BYE, new byte[] {0x7E, 0x7E});
        assertBad(FrameType.HELLO, new byte[] {9, 0, 0, 0, 0, 0, 0});
        assertBad(FrameType.AUTH, new byte[] {99, 0, 0, 0, 0});
        assertBad(FrameType.SCREEN_TILE, new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 0});
        assertBad(FrameType.CURSOR, new byte[] {0, 0, 0, 0, 1, 0, 0, (byte) 200, 1});
    }

    @Test
    void aTileIsKeyedByItsPosition() {
        assertThat(new ScreenTile(3, 4, 64, 64, 0, new byte[0]).key()).isEqualTo(3 << 16 | 4);
        assertThat(new CursorUpdate(5, 5, Optional.empty()).key()).isEqualTo(CursorUpdate.KEY);
        CursorShape dot = new CursorShape(0, 0, 1, 1, new byte[4]);
        assertThat(new CursorUpdate(5, 5, Optional.of(dot)).key()).isEqualTo(CursorUpdate.SHAPE_KEY);
        assertThat(PayloadCodec.encode(new CursorUpdate(5, 5, Optional.of(dot))).key()).isEqualTo(CursorUpdate.SHAPE_KEY);
        assertThat(new PointerMove(5, 5).key()).isZero();
    }

    @Test
    void anEncryptedFrameDoesNotDecode() {
        Frame sealed = new Frame(FrameType.PING, Frame.ENCRYPTED, 0, new byte[32]);
        assertThatThrownBy(() -> PayloadCodec.decode(sealed)).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.status()).isEqualTo(TransportStatus.MALFORMED_FRAME));
    }

    @Test
    void aPayloadOverItsTypeCapIsNotEncoded() {
        String longText = "x".repeat(FrameType.CHAT.maxPayload());
        assertThatThrownBy(() -> PayloadCodec.encode(new ChatMessage("a", longText, Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertBad(FrameType type, byte[] payload) {
        assertThatThrownBy(() -> PayloadCodec.decode(new Frame(type, 0, 0, payload)))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.status()).isEqualTo(TransportStatus.BAD_PAYLOAD));
    }
}
