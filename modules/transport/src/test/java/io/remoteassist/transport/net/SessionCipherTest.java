package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.CursorUpdate;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.PointerMove;
import io.remoteassist.transport.protocol.ProtocolException;
import io.remoteassist.transport.protocol.ScreenTile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCipherTest {

    private static final byte[] SECRET = "a shared secret of 32 bytes ....".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT = "session-1".getBytes(StandardCharsets.US_ASCII);

    private final SessionCipher user = SessionCipher.create(SECRET, CONTEXT, Role.USER);
    private final SessionCipher helper = SessionCipher.create(SECRET, CONTEXT, Role.HELPER);

    @Test
    void aSealedFrameOpensToTheSameFrame() throws Exception {
        Frame clear = PayloadCodec.encode(new ScreenTile(64, 128, 64, 64, 1, "pixels".getBytes()));
        Frame sealed = user.seal(clear);
        assertThat(sealed.encrypted()).isTrue();
        assertThat(sealed.type()).isEqualTo(clear.type());
        assertThat(sealed.key()).isEqualTo(clear.key());
        assertThat(sealed.payload()).hasSize(clear.payload().length + FrameCodec.ENVELOPE_OVERHEAD);
        assertThat(helper.open(sealed)).isEqualTo(clear);
    }

    @Test
    void bothDirectionsWorkIndependently() throws Exception {
        Frame input = PayloadCodec.encode(new PointerMove(1, 2));
        assertThat(user.open(helper.seal(input))).isEqualTo(input);
        assertThat(helper.open(user.seal(input))).isEqualTo(input);
    }

    @Test
    void aTamperedCiphertextIsRejected() {
        Frame sealed = user.seal(chat("hello"));
        byte[] payload = sealed.payload().clone();
        payload[10] ^= 1;
        assertRejected(helper, new Frame(sealed.type(), sealed.flags(), sealed.key(), payload),
                TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aTamperedHeaderIsRejected() {
        Frame sealed = user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[4])));
        assertRejected(helper, new Frame(sealed.type(), sealed.flags(), sealed.key() + 1, sealed.payload()),
                TransportStatus.DECRYPTION_FAILED);
        assertRejected(helper, new Frame(FrameType.CURSOR, sealed.flags(), sealed.key(), sealed.payload()),
                TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aTamperedTagIsRejected() {
        Frame sealed = user.seal(chat("hello"));
        byte[] payload = sealed.payload().clone();
        payload[payload.length - 1] ^= (byte) 0x80;
        assertRejected(helper, new Frame(sealed.type(), sealed.flags(), sealed.key(), payload),
                TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aReplayedFrameIsRejected() throws Exception {
        Frame sealed = user.seal(chat("once"));
        helper.open(sealed);
        assertRejected(helper, sealed, TransportStatus.REPLAYED_FRAME);
    }

    @Test
    void anOlderFrameAfterANewerOneIsRejected() throws Exception {
        Frame first = user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[1])));
        Frame second = user.seal(PayloadCodec.encode(new ScreenTile(8, 0, 8, 8, 0, new byte[1])));
        helper.open(second);
        assertRejected(helper, first, TransportStatus.REPLAYED_FRAME);
    }

    @Test
    void droppedScreenFramesLeaveAGapThatIsAccepted() throws Exception {
        user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[1])));
        Frame later = user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[2])));
        assertThat(helper.open(later).payload()).hasSize(9 + 2);
    }

    @Test
    void aMissingReliableFrameIsDetected() {
        user.seal(chat("lost by a hostile relay"));
        Frame next = user.seal(chat("arrives"));
        assertRejected(helper, next, TransportStatus.SEQUENCE_GAP);
    }

    @Test
    void reliableFramesMayOvertakeScreenFrames() throws Exception {
        Frame tile = user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[1])));
        Frame chat = user.seal(chat("priority"));
        helper.open(chat);
        assertThat(helper.open(tile).type()).isEqualTo(FrameType.SCREEN_TILE);
    }

    @Test
    void thePointerMayOvertakeScreenFramesAndTheyStillOpen() throws Exception {
        Frame tile1 = user.seal(PayloadCodec.encode(new ScreenTile(0, 0, 8, 8, 0, new byte[3])));
        Frame tile2 = user.seal(PayloadCodec.encode(new ScreenTile(8, 0, 8, 8, 0, new byte[3])));
        Frame cursor = user.seal(PayloadCodec.encode(new CursorUpdate(5, 6, Optional.empty())));

        assertThat(helper.open(cursor).type()).isEqualTo(FrameType.CURSOR);
        assertThat(helper.open(tile1).type()).isEqualTo(FrameType.SCREEN_TILE);
        assertThat(helper.open(tile2).type()).isEqualTo(FrameType.SCREEN_TILE);
        // the pointer's own order still holds
        Frame older = user.seal(PayloadCodec.encode(new CursorUpdate(7, 8, Optional.empty())));
        Frame newer = user.seal(PayloadCodec.encode(new CursorUpdate(9, 9, Optional.empty())));
        helper.open(newer);
        assertRejected(helper, older, TransportStatus.REPLAYED_FRAME);
    }

    @Test
    void aDifferentSecretCannotOpen() {
        byte[] other = SECRET.clone();
        other[0] ^= 1;
        SessionCipher stranger = SessionCipher.create(other, CONTEXT, Role.HELPER);
        assertRejected(stranger, user.seal(chat("secret")), TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aDifferentContextCannotOpen() {
        SessionCipher otherSession = SessionCipher.create(SECRET, "session-2".getBytes(), Role.HELPER);
        assertRejected(otherSession, user.seal(chat("secret")), TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aFrameReflectedToItsSenderDoesNotOpen() {
        assertRejected(user, user.seal(chat("echo")), TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void aRejectedFrameDoesNotAdvanceTheSequence() throws Exception {
        Frame sealed = user.seal(chat("hello"));
        byte[] payload = sealed.payload().clone();
        payload[9] ^= 1;
        assertRejected(helper, new Frame(sealed.type(), sealed.flags(), sealed.key(), payload),
                TransportStatus.DECRYPTION_FAILED);
        assertThat(helper.open(sealed)).isNotNull();
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() {
        byte[] text = "attack at dawn, attack at dawn".getBytes(StandardCharsets.UTF_8);
        Frame sealed = user.seal(Frame.of(FrameType.CHAT, text));
        assertThat(indexOf(sealed.payload(), Arrays.copyOf(text, 8))).isNegative();
    }

    @Test
    void handshakeFramesCannotBeSealed() {
        assertThatThrownBy(() -> user.seal(Frame.of(FrameType.AUTH, new byte[4])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Frame chat(String text) {
        return Frame.of(FrameType.CHAT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(SessionCipher cipher, Frame frame, TransportStatus status) {
        assertThatThrownBy(() -> cipher.open(frame)).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
