package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pairs the two endpoints of an assistance session by session id and forwards their frames, opaque, between
 * them, independent of any WebSocket library.
 *
 * <ul>
 *   <li>The first endpoint to {@link #join} creates the session; the other role completes it. A role joins
 *       once ({@link TransportStatus#ROLE_TAKEN}). Frames sent before the other end joins wait in its bounded
 *       queue.
 *   <li>Frames are never decoded: the relay reads only the header's type (reliable or droppable) and key
 *       (latest wins). With both ends encrypting it handles ciphertext only.
 *   <li>Each direction has a {@link LatestWinsQueue}: screen frames may be dropped or replaced, reliable ones
 *       never; a full reliable lane closes the session with {@link TransportStatus#QUEUE_OVERFLOW}.
 *   <li>When one endpoint leaves, or the session is {@link #close closed}, both are closed with the status and
 *       the listener is told once, with the final {@link RelayStats}.
 * </ul>
 * Admission (expiry, single use, lockout, identity) is decided before {@code join}. Thread-safe.
 */
public final class Relay {

    private final QueueLimits limits;
    private final RelayListener listener;
    private final Map<String, RelaySession> sessions = new HashMap<>();

    /**
     * @param limits   bounds of each direction's queue
     * @param listener told of pairing and endings
     */
    public Relay(QueueLimits limits, RelayListener listener) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Attaches an endpoint to a session, creating the session if it is the first.
     *
     * @param sessionId the session
     * @param role      the endpoint's role
     * @param peer      callbacks to the endpoint
     * @return the endpoint's link
     * @throws TransportException {@link TransportStatus#ROLE_TAKEN} if the role has already joined
     */
    public RelayLink join(String sessionId, Role role, RelayPeer peer) throws TransportException {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(peer, "peer");
        RelaySession session;
        boolean paired;
        synchronized (sessions) {
            session = sessions.get(sessionId);
            if (session == null || session.isClosed()) {
                session = new RelaySession(sessionId, this, limits);
                sessions.put(sessionId, session);
            }
            paired = session.attach(role, peer);
        }
        if (paired) {
            listener.paired(sessionId);
        }
        session.announcePending(role);
        return new RelayLink(session, role);
    }

    /**
     * Ends a session from outside (revocation, policy change, shutdown): both endpoints are closed.
     *
     * @param sessionId the session
     * @param status    why
     * @return {@code false} if no such session was open
     */
    public boolean close(String sessionId, TransportStatus status) {
        RelaySession session;
        synchronized (sessions) {
            session = sessions.get(sessionId);
        }
        if (session == null) {
            return false;
        }
        session.close(status);
        return true;
    }

    /**
     * @param sessionId the session
     * @return its counters, if it is open
     */
    public Optional<RelayStats> stats(String sessionId) {
        synchronized (sessions) {
            return Optional.ofNullable(sessions.get(sessionId)).map(RelaySession::stats);
        }
    }

    /** @return the number of open sessions */
    public int sessionCount() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    void ended(RelaySession session, TransportStatus status, RelayStats stats) {
        synchronized (sessions) {
            sessions.remove(session.id(), session);
        }
        listener.ended(session.id(), status, stats);
    }
}
