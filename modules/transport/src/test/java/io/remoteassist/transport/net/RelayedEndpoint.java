package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.api.Tunnel;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One end of a relayed session wired the way the server will wire it, in memory: the endpoint's
 * {@link WireTunnel} writes bytes that the "server side" parses and forwards to the relay; frames the relay has
 * for the endpoint are encoded and fed back into the tunnel. Every frame the relay handles is recorded.
 */
final class RelayedEndpoint implements RelayPeer, WireOutput {

    final WireTunnel tunnel = new WireTunnel(this);
    final List<Frame> received = new ArrayList<>();
    final List<TransportStatus> closes = new ArrayList<>();
    private final FrameParser serverParser = new FrameParser();
    private final List<Frame> seenByRelay;
    RelayLink link;

    RelayedEndpoint(Relay relay, String sessionId, Role role, List<Frame> seenByRelay) throws TransportException {
        this.seenByRelay = seenByRelay;
        this.link = relay.join(sessionId, role, this);
        listen(tunnel);
    }

    void listen(Tunnel endpointTunnel) {
        endpointTunnel.receive(new FrameSink() {
            @Override
            public void accept(Frame frame) {
                received.add(frame);
            }

            @Override
            public void closed(TransportStatus status) {
                closes.add(status);
            }
        });
    }

    @Override
    public void write(ByteBuffer frame) throws TransportException {
        serverParser.feed(frame, parsed -> {
            seenByRelay.add(parsed);
            link.forward(parsed);
        });
    }

    @Override
    public void close(TransportStatus status) {
        link.leave(status);
    }

    @Override
    public void outboundReady() {
        for (Frame frame = link.poll(); frame != null; frame = link.poll()) {
            tunnel.feed(ByteBuffer.wrap(FrameCodec.encode(frame)));
        }
    }

    @Override
    public void closed(TransportStatus status) {
        tunnel.close(status);
    }

    Frame take() {
        return received.remove(0);
    }
}
