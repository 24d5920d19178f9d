package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;

/**
 * The User paused or resumed screen sharing. Layout: {@code paused (u8 0/1)}.
 *
 * @param paused {@code true} if sharing is paused
 */
public record Pause(boolean paused) implements Payload {

    @Override
    public FrameType type() {
        return FrameType.PAUSE;
    }
}
