package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.util.ArrayList;
import java.util.List;

/** State of one relayed session: both sides' peers, outbound queues and counters, under one lock. */
final class RelaySession {

    private final String id;
    private final Relay relay;
    private final Side[] sides = new Side[2];
    private boolean closed;

    RelaySession(String id, Relay relay, QueueLimits limits) {
        this.id = id;
        this.relay = relay;
        for (Role role : Role.values()) {
            sides[role.ordinal()] = new Side(limits);
        }
    }

    String id() {
        return id;
    }

    /** @return {@code true} if this attach completed the pair */
    synchronized boolean attach(Role role, RelayPeer peer) throws TransportException {
        Side side = sides[role.ordinal()];
        if (side.peer != null) {
            throw new TransportException(TransportStatus.ROLE_TAKEN, role + " already joined " + id);
        }
        side.peer = peer;
        return sides[role.peer().ordinal()].peer != null;
    }

    /** Tells a newly attached peer about frames queued for it before it joined. */
    void announcePending(Role role) {
        RelayPeer peer;
        synchronized (this) {
            Side side = sides[role.ordinal()];
            peer = closed || side.outbound.isEmpty() ? null : side.peer;
        }
        if (peer != null) {
            peer.outboundReady();
        }
    }

    void forward(Role from, Frame frame) {
        RelayPeer wake = null;
        boolean overflow;
        synchronized (this) {
            if (closed) {
                return;
            }
            Side to = sides[from.peer().ordinal()];
            boolean wasEmpty = to.outbound.isEmpty();
            overflow = to.outbound.offer(frame) == LatestWinsQueue.Offer.OVERFLOW;
            if (!overflow && wasEmpty && !to.outbound.isEmpty()) {
                wake = to.peer;
            }
        }
        // callbacks run outside the lock: a peer may poll or forward from inside them
        if (overflow) {
            close(TransportStatus.QUEUE_OVERFLOW);
        } else if (wake != null) {
            wake.outboundReady();
        }
    }

    synchronized Frame poll(Role to) {
        if (closed) {
            return null;
        }
        Side side = sides[to.ordinal()];
        Frame next = side.outbound.poll();
        if (next != null) {
            side.deliveredBytes += next.wireSize();
            side.deliveredFrames++;
        }
        return next;
    }

    void close(TransportStatus status) {
        List<RelayPeer> peers = new ArrayList<>(2);
        RelayStats stats;
        synchronized (this) {
            if (closed) {
                return;
            }
            stats = stats();
            closed = true;
            for (Side side : sides) {
                side.outbound.clear();
                if (side.peer != null) {
                    peers.add(side.peer);
                }
            }
        }
        relay.ended(this, status, stats);
        for (RelayPeer peer : peers) {
            peer.closed(status);
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized RelayStats stats() {
        Side user = sides[Role.USER.ordinal()];
        Side helper = sides[Role.HELPER.ordinal()];
        return new RelayStats(helper.deliveredBytes, user.deliveredBytes, helper.deliveredFrames,
                user.deliveredFrames, user.outbound.droppedFrames() + helper.outbound.droppedFrames(),
                user.outbound.replacedFrames() + helper.outbound.replacedFrames());
    }

    /** One role's side: counters are of frames delivered to this role's peer. */
    private static final class Side {

        final LatestWinsQueue outbound;
        RelayPeer peer;
        long deliveredBytes;
        long deliveredFrames;

        Side(QueueLimits limits) {
            outbound = new LatestWinsQueue(limits);
        }
    }
}
