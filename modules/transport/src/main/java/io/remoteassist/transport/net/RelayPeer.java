package io.remoteassist.transport.net;

import io.remoteassist.transport.api.TransportStatus;

/**
 * The relay's view of one connected endpoint, implemented by the server's WebSocket adapter (or a test).
 * Callbacks are made outside the relay's locks, from whichever thread caused them; they must not block.
 */
public interface RelayPeer {

    /**
     * Frames are waiting for this peer: poll {@link RelayLink#poll()} while the transport is writable, until it
     * returns {@code null}. Called only when the queue goes from empty to non-empty, so a peer that stops
     * polling early (transport not writable) resumes by itself when it becomes writable again.
     */
    void outboundReady();

    /**
     * The relayed session ended; close the transport, e.g. with {@code status.webSocketCode()}. Called once.
     *
     * @param status why
     */
    void closed(TransportStatus status);
}
