package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;

/**
 * A mouse or keyboard event sent by the Helper, injected by the User's agent only while control is granted.
 * Layout: {@code kind (u8) | fields of the kind}, see each record. Input is reliable: never dropped, never
 * coalesced.
 */
public sealed interface InputEvent extends Payload permits PointerMove, PointerButton, Wheel, KeyEvent {

    @Override
    default FrameType type() {
        return FrameType.INPUT;
    }
}
