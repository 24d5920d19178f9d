package io.remoteassist.server.relay;

import io.remoteassist.transport.api.Role;

/**
 * What the relay tells the rest of the server about its connections: an endpoint joined, an endpoint's connection
 * went away by itself (not closed by the relay), a relayed session closed with its byte counts. Implementations are
 * CDI beans; every call comes from a connection's thread and must not block.
 */
public interface RelayObserver {

    /** An endpoint of the session was admitted and joined. */
    default void joined(String sessionId, Role role) {
    }

    /** An endpoint's connection closed without the relay closing it (network loss, process gone, tab closed). */
    default void lost(String sessionId, Role role) {
    }

    /** A relayed session closed (both ends); {@code traffic} is its final count. */
    default void finished(String sessionId, RelayTraffic traffic) {
    }
}
