package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import java.util.Objects;

/**
 * A change of remote control. Layout: {@code mode (u8)}. The User's agent is the authority: it injects input
 * only after it has itself sent {@link ControlMode#GRANTED}.
 *
 * @param mode the new state
 */
public record ControlState(ControlMode mode) implements Payload {

    /** Validates fields. */
    public ControlState {
        Objects.requireNonNull(mode, "mode");
    }

    @Override
    public FrameType type() {
        return FrameType.CONTROL_STATE;
    }
}
