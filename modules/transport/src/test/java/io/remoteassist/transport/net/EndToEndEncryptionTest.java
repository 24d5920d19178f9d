package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.api.Tunnel;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.Hello;
import io.remoteassist.transport.protocol.KeyEvent;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both ends run SRP-6a through the relay, then encrypt: the relay handles handshake and ciphertext only. */
class EndToEndEncryptionTest {

    private static final String SESSION = "session-42";
    private static final char[] PASSWORD = "K7M2-P9QX-4TRW".toCharArray();
    private static final byte[] SECRET_PIXELS = "SECRET-PIXELS-SECRET-PIXELS".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET_TEXT = "my bank password is hunter2";

    private final SecureRandom random = new SecureRandom();
    private final List<Frame> seenByRelay = new ArrayList<>();
    private final Relay relay = new Relay(QueueLimits.DEFAULT, RelayListener.NONE);
    private RelayedEndpoint user;
    private RelayedEndpoint helper;
    private Tunnel userTunnel;
    private Tunnel helperTunnel;

    @BeforeEach
    void handshakeThroughTheRelay() throws Exception {
        user = new RelayedEndpoint(relay, SESSION, Role.USER, seenByRelay);
        helper = new RelayedEndpoint(relay, SESSION, Role.HELPER, seenByRelay);
        SrpHandshake.Server agent = new SrpHandshake.Server(
                SrpHandshake.newVerifier(SESSION, PASSWORD, random), random);
        SrpHandshake.Client expert = new SrpHandshake.Client(SESSION, PASSWORD, random);

        user.tunnel.send(PayloadCodec.encode(new Hello(Role.USER, "Ana", Hello.CAP_SRP)));
        helper.tunnel.send(PayloadCodec.encode(new Hello(Role.HELPER, "Bo", Hello.CAP_SRP)));
        assertThat(PayloadCodec.decode(helper.take())).isInstanceOf(Hello.class);
        assertThat(PayloadCodec.decode(user.take())).isInstanceOf(Hello.class);

        helper.tunnel.send(PayloadCodec.encode(expert.start()));
        user.tunnel.send(PayloadCodec.encode(agent.challenge(auth(user.take()))));
        helper.tunnel.send(PayloadCodec.encode(expert.proof(auth(helper.take()))));
        user.tunnel.send(PayloadCodec.encode(agent.confirm(auth(user.take()))));
        expert.finish(auth(helper.take()));

        byte[] context = SESSION.getBytes(StandardCharsets.UTF_8);
        userTunnel = new EncryptingTunnel(user.tunnel, SessionCipher.create(agent.sessionKey(), context, Role.USER));
        helperTunnel = new EncryptingTunnel(helper.tunnel,
                SessionCipher.create(expert.sessionKey(), context, Role.HELPER));
        user.listen(userTunnel);
        helper.listen(helperTunnel);
    }

    @Test
    void theRelaySeesOnlyHandshakeAndCiphertext() throws Exception {
        ScreenTile tile = new ScreenTile(64, 0, 64, 64, 1, SECRET_PIXELS);
        ChatMessage chat = new ChatMessage("Ana", SECRET_TEXT, Instant.ofEpochMilli(1_700_000_000_000L));
        KeyEvent key = new KeyEvent('h', true, 0);
        userTunnel.send(PayloadCodec.encode(tile));
        userTunnel.send(PayloadCodec.encode(chat));
        helperTunnel.send(PayloadCodec.encode(key));

        assertThat(PayloadCodec.decode(helper.take())).isEqualTo(tile);
        assertThat(PayloadCodec.decode(helper.take())).isEqualTo(chat);
        assertThat(PayloadCodec.decode(user.take())).isEqualTo(key);

        byte[] textBytes = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);
        for (Frame frame : seenByRelay) {
            assertThat(frame.type().confidential()).as("%s in clear", frame).isEqualTo(frame.encrypted());
            assertThat(SessionCipherTest.indexOf(frame.payload(), SECRET_PIXELS)).isNegative();
            assertThat(SessionCipherTest.indexOf(frame.payload(), textBytes)).isNegative();
        }
        assertThat(seenByRelay).extracting(Frame::type).contains(FrameType.AUTH, FrameType.SCREEN_TILE,
                FrameType.CHAT, FrameType.INPUT);
        assertThat(seenByRelay.stream().filter(Frame::encrypted).count()).isEqualTo(3);
    }

    @Test
    void aClearContentFrameInjectedByTheRelayEndsTheSession() {
        user.link.forward(PayloadCodec.encode(new ChatMessage("Ana", "trust me", Instant.EPOCH)));
        assertThat(helper.received).isEmpty();
        assertThat(helper.closes).containsExactly(TransportStatus.ENCRYPTION_REQUIRED);
        assertThat(user.closes).containsExactly(TransportStatus.ENCRYPTION_REQUIRED);
        assertThat(relay.sessionCount()).isZero();
    }

    @Test
    void aFrameReplayedByTheRelayEndsTheSession() throws Exception {
        userTunnel.send(PayloadCodec.encode(new ChatMessage("Ana", "hi", Instant.EPOCH)));
        Frame sealed = seenByRelay.get(seenByRelay.size() - 1);
        assertThat(helper.received).hasSize(1);
        user.link.forward(sealed);
        assertThat(helper.received).hasSize(1);
        assertThat(helper.closes).containsExactly(TransportStatus.REPLAYED_FRAME);
    }

    @Test
    void aForgedFrameEndsTheSession() {
        byte[] payload = new byte[40];
        payload[7] = 1;
        user.link.forward(new Frame(FrameType.CHAT, Frame.ENCRYPTED, 0, payload));
        assertThat(helper.closes).containsExactly(TransportStatus.DECRYPTION_FAILED);
    }

    @Test
    void relayPingsAndGoodbyesStillPassInClear() {
        user.link.forward(Frame.of(FrameType.PING, new byte[8]));
        assertThat(helper.take().type()).isEqualTo(FrameType.PING);
        assertThat(helper.closes).isEmpty();
    }

    private static Auth auth(Frame frame) throws Exception {
        return (Auth) PayloadCodec.decode(frame);
    }
}
