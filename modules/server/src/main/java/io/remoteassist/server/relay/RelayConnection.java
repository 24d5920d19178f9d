package io.remoteassist.server.relay;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.RelayLink;
import io.remoteassist.transport.net.RelayPeer;
import io.remoteassist.transport.net.RelayPump;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketBase;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One endpoint's WebSocket bound to its {@link RelayLink}: parses inbound bytes, applies the frame policy, and
 * drains the link's latest-wins queue into the socket through a {@link RelayPump}: what is waiting in one message of up to {@link #BATCH_BYTES},
 * while fewer than {@link #MAX_IN_FLIGHT} bytes are written but not yet flushed, so a slow reader makes screen frames coalesce in the relay instead of piling up in buffers.
 */
final class RelayConnection implements RelayPeer {

    /** Bytes handed to the socket and not yet written, per connection. */
    static final long MAX_IN_FLIGHT = 512 * 1024;

    /** Frames waiting for this endpoint are sent together up to about this many bytes per WebSocket message. */
    static final int BATCH_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(RelayConnection.class);

    private final RelayHub hub;
    private final WebSocketConnection socket;
    private final WebSocketBase direct;
    private final String sessionId;
    private final Role role;
    private final FrameParser parser = new FrameParser();
    private final RelayPump pump = new RelayPump(MAX_IN_FLIGHT, BATCH_BYTES, this::write);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile RelayLink link;

    RelayConnection(RelayHub hub, WebSocketConnection socket, String sessionId, Role role) {
        this.hub = hub;
        this.socket = socket;
        this.direct = DirectWrites.of(socket);
        this.sessionId = sessionId;
        this.role = role;
    }

    void join() throws TransportException {
        link = hub.join(sessionId, role, this);
        // frames queued before this end joined were announced while the link was still being returned
        pump.bind(link);
    }

    /** Inbound bytes from this endpoint, in any chunking; read in place (the parser copies each payload once). */
    void received(Buffer message) {
        RelayLink current = link;
        if (current == null || closed.get()) {
            return;
        }
        try {
            synchronized (parser) {
                parser.feed(message.getByteBuf().nioBuffer(), this::inbound);
            }
        } catch (TransportException e) {
            fail(e.status(), e.getMessage());
        }
    }

    private void inbound(Frame frame) throws TransportException {
        switch (hub.inspect(sessionId, role, frame)) {
            case FORWARD -> link.forward(frame);
            case DROP -> LOG.tracef("relay %s: %s %s held back by the session state", sessionId, role, frame.type());
            case REFUSE -> throw new TransportException(TransportStatus.REFUSED,
                role + " may not send " + frame.type());
        }
    }

    /** Ends the session because of this endpoint's bytes or socket. */
    void fail(TransportStatus status, String why) {
        LOG.warnf("relay %s: closing, %s sent bad input: %s (%s)", sessionId, role, status.meaning(), why);
        RelayLink current = link;
        if (current != null) {
            current.leave(status);
        } else {
            closed(status);
        }
    }

    /** The socket closed; if the relay did not close it, the endpoint's connection is lost. */
    void left() {
        pump.stop();
        if (!closed.getAndSet(true) && link != null) {
            hub.lost(sessionId, role);
        }
        RelayLink current = link;
        if (current != null && current.isOpen()) {
            current.leave(TransportStatus.PEER_LEFT);
        }
    }

    @Override
    public void outboundReady() {
        try {
            pump.pump();
        } catch (RuntimeException e) {
            LOG.warnf("relay %s: sending to %s failed: %s", sessionId, role, e.toString());
        }
    }

    /** One WebSocket message for a batch (the peers parse any chunking): one write and one flush per update. */
    private void write(List<Frame> frames, int bytes, Runnable written) {
        // one array for the whole message, encoded in place and handed to Netty without another copy
        ByteBuffer wire = ByteBuffer.allocate(bytes);
        for (Frame frame : frames) {
            FrameCodec.encode(frame, wire);
        }
        Buffer message = Buffer.buffer(Unpooled.wrappedBuffer(wire.array()));
        if (direct != null) {
            direct.writeBinaryMessage(message, result -> {
                written.run();
                if (result.failed()) {
                    LOG.debugf("relay %s: write to %s failed: %s", sessionId, role, result.cause());
                }
            });
            return;
        }
        socket.sendBinary(message).subscribe().with(v -> written.run(), failure -> {
            written.run();
            LOG.debugf("relay %s: write to %s failed: %s", sessionId, role, failure);
        });
    }

    @Override
    public void closed(TransportStatus status) {
        pump.stop();
        if (closed.compareAndSet(false, true) || socket.isOpen()) {
            socket.close(new CloseReason(status.webSocketCode(), status.name())).subscribe().with(v -> { },
                e -> LOG.debugf("relay %s: closing %s: %s", sessionId, role, e));
        }
    }
}
