package io.remoteassist.server.relay;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;

/**
 * Sees every frame the relay endpoint receives, exactly as it arrived, before the policy decides on it: what a
 * curious server could read. Used by tests to prove that session content crosses the server encrypted. Called on
 * the connection's thread; must not block.
 */
@FunctionalInterface
public interface RelayTap {

    /**
     * @param sessionId the session
     * @param from      the sender's role
     * @param frame     the frame as parsed from the wire
     */
    void seen(String sessionId, Role from, Frame frame);
}
