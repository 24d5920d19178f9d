package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;

/**
 * Liveness probe. Layout: {@code timestamp (i64)}.
 *
 * @param timestamp sender's clock reading, opaque to the receiver (monotonic nanoseconds suit round-trip time)
 */
public record Ping(long timestamp) implements Payload {

    @Override
    public FrameType type() {
        return FrameType.PING;
    }

    /** @return the answer that echoes this probe's timestamp */
    public Pong answer() {
        return new Pong(timestamp);
    }
}
