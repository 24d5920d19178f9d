package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;

/**
 * A decoded frame payload. Each record documents its own byte layout; {@link PayloadCodec} converts between
 * payloads and frames. Records validate their fields on construction ({@link IllegalArgumentException}); the
 * codec turns such failures on decode into {@link io.remoteassist.transport.api.TransportStatus#BAD_PAYLOAD}.
 */
public sealed interface Payload
        permits Hello, Auth, ScreenTile, CursorUpdate, InputEvent, ChatMessage, ControlState, Pause, Ping, Pong,
        Bye {

    /** @return the frame type that carries this payload */
    FrameType type();

    /** @return the frame's coalescing key: non-zero only for droppable payloads that supersede older ones */
    default int key() {
        return 0;
    }
}
