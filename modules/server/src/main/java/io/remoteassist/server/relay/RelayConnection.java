package io.remoteassist.server.relay;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.RelayLink;
import io.remoteassist.transport.net.RelayPeer;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.vertx.core.buffer.Buffer;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One endpoint's WebSocket bound to its {@link RelayLink}: parses inbound bytes, applies the frame policy, and
 * drains the link's latest-wins queue into the socket, what is waiting in one message of up to {@link #BATCH_BYTES},
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
    private final String sessionId;
    private final Role role;
    private final FrameParser parser = new FrameParser();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicInteger drainRequests = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile RelayLink link;

    RelayConnection(RelayHub hub, WebSocketConnection socket, String sessionId, Role role) {
        this.hub = hub;
        this.socket = socket;
        this.sessionId = sessionId;
        this.role = role;
    }

    void join() throws TransportException {
        link = hub.join(sessionId, role, this);
        // frames queued before this end joined were announced while the link was still being returned
        drain();
    }

    /** Inbound bytes from this endpoint, in any chunking. */
    void received(byte[] bytes) {
        RelayLink current = link;
        if (current == null || closed.get()) {
            return;
        }
        try {
            synchronized (parser) {
                parser.feed(ByteBuffer.wrap(bytes), this::inbound);
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
        drain();
    }

    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            RelayLink current = link;
            while (current != null && !closed.get() && inFlight.get() < MAX_IN_FLIGHT) {
                // what is waiting goes out in one WebSocket message (the peers parse any chunking): one write and
                // one flush for a whole screen update instead of one per tile
                Frame frame = current.poll();
                if (frame == null) {
                    break;
                }
                Buffer message = Buffer.buffer(Math.max(frame.wireSize(), 4096));
                while (frame != null) {
                    message.appendBytes(FrameCodec.encode(frame));
                    frame = message.length() < BATCH_BYTES ? current.poll() : null;
                }
                int size = message.length();
                inFlight.addAndGet(size);
                socket.sendBinary(message).subscribe().with(v -> sent(size), failure -> {
                    sent(size);
                    LOG.debugf("relay %s: write to %s failed: %s", sessionId, role, failure);
                });
            }
            missed = drainRequests.addAndGet(-missed);
        } while (missed != 0);
    }

    private void sent(int bytes) {
        inFlight.addAndGet(-bytes);
        drain();
    }

    @Override
    public void closed(TransportStatus status) {
        if (closed.compareAndSet(false, true) || socket.isOpen()) {
            socket.close(new CloseReason(status.webSocketCode(), status.name())).subscribe().with(v -> { },
                e -> LOG.debugf("relay %s: closing %s: %s", sessionId, role, e));
        }
    }
}
