package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;

/**
 * Answer to a {@link Ping}. Layout: {@code timestamp (i64)}.
 *
 * @param timestamp the probe's timestamp, echoed
 */
public record Pong(long timestamp) implements Payload {

    @Override
    public FrameType type() {
        return FrameType.PONG;
    }
}
