package io.remoteassist.transport.net;

import io.remoteassist.transport.api.TransportStatus;

/**
 * Facts about relayed sessions, for the server to turn into events (connected, ended, bytes). Called outside
 * the relay's locks; must not block.
 */
public interface RelayListener {

    /** Ignores everything. */
    RelayListener NONE = new RelayListener() {
    };

    /**
     * Both roles have joined.
     *
     * @param sessionId the session
     */
    default void paired(String sessionId) {
    }

    /**
     * The session ended and both peers were closed. Called once per session.
     *
     * @param sessionId the session
     * @param status    why it ended
     * @param stats     final counters
     */
    default void ended(String sessionId, TransportStatus status, RelayStats stats) {
    }
}
