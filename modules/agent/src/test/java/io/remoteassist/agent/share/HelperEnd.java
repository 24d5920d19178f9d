package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.ControlMode;
import io.remoteassist.transport.protocol.ControlState;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.Ping;
import io.remoteassist.transport.protocol.ScreenTile;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Helper's end of a session for the agent's tests, over the real relay: keys the channel as the console does,
 * counts screen tiles, keeps the chat lines and control answers it receives, and sends chat and control requests.
 */
final class HelperEnd implements AutoCloseable {

    final List<String> chat = new CopyOnWriteArrayList<>();
    final List<ControlMode> control = new CopyOnWriteArrayList<>();
    private final AtomicLong tiles = new AtomicLong();
    private final SecureChannel channel;
    private final RelaySocket socket;

    HelperEnd(ServerApi api, String sessionId) throws TransportException {
        channel = new SecureChannel(sessionId, Role.HELPER, api.signingKey(), new SecureRandom());
        byte[] signature = api.signKey(sessionId, Role.HELPER.name(), channel.publicKey());
        socket = RelaySocket.connect(api.relay(sessionId, Role.HELPER.name()), api.credentials(), new Inbound());
        socket.send(channel.offer(signature));
    }

    boolean keyed() {
        return channel.keyed();
    }

    long tiles() {
        return tiles.get();
    }

    void requestControl() throws TransportException {
        send(PayloadCodec.encode(new ControlState(ControlMode.REQUESTED)));
    }

    void say(String text) throws TransportException {
        send(PayloadCodec.encode(new ChatMessage("bob", text, Instant.now())));
    }

    private synchronized void send(Frame clear) throws TransportException {
        socket.send(channel.seal(clear));
    }

    @Override
    public void close() {
        socket.close(TransportStatus.SUCCESS);
    }

    private final class Inbound implements FrameSink {

        @Override
        public void accept(Frame frame) throws TransportException {
            Payload payload = PayloadCodec.decode(frame.encrypted() ? channel.open(frame) : frame);
            if (payload instanceof Auth auth) {
                channel.accept(auth);
            } else if (payload instanceof ScreenTile) {
                tiles.incrementAndGet();
            } else if (payload instanceof ChatMessage message) {
                chat.add(message.sender() + ": " + message.text());
            } else if (payload instanceof ControlState state) {
                control.add(state.mode());
            } else if (payload instanceof Ping ping) {
                send(PayloadCodec.encode(ping.answer()));
            }
        }

        @Override
        public void closed(TransportStatus status) {
            // the session ended or the test closed it
        }
    }
}
