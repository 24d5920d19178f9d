package io.remoteassist.transport.net;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;

/**
 * One endpoint's handle on a relayed session, returned by {@link Relay#join}. The adapter gives it every frame
 * the endpoint sends ({@link #forward(Frame)}), drains what the other end sent ({@link #poll()}), and says when
 * the endpoint leaves ({@link #leave(TransportStatus)}). Thread-safe.
 */
public final class RelayLink {

    private final RelaySession session;
    private final Role role;

    RelayLink(RelaySession session, Role role) {
        this.session = session;
        this.role = role;
    }

    /** @return the session id */
    public String sessionId() {
        return session.id();
    }

    /** @return this endpoint's role */
    public Role role() {
        return role;
    }

    /**
     * Queues a frame from this endpoint for the other one, unread. If the other end's reliable lane overflows,
     * the session closes with {@link TransportStatus#QUEUE_OVERFLOW}. Ignored once the session is closed.
     *
     * @param frame a frame as parsed from this endpoint's bytes
     */
    public void forward(Frame frame) {
        session.forward(role, frame);
    }

    /** @return the next frame to send to this endpoint, or {@code null} if none is waiting (or closed) */
    public Frame poll() {
        return session.poll(role);
    }

    /**
     * This endpoint left: closes both ends with the status.
     *
     * @param status why
     */
    public void leave(TransportStatus status) {
        session.close(status);
    }

    /** @return {@code true} until the session is closed */
    public boolean isOpen() {
        return !session.isClosed();
    }

    /** @return the session's counters so far */
    public RelayStats stats() {
        return session.stats();
    }
}
