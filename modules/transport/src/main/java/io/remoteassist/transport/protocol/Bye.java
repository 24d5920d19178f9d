package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportStatus;
import java.util.Objects;

/**
 * The sender leaves. Layout: {@code status (u16)}, a {@link TransportStatus} code; an unknown code does not
 * decode.
 *
 * @param status why the sender leaves
 */
public record Bye(TransportStatus status) implements Payload {

    /** Validates fields. */
    public Bye {
        Objects.requireNonNull(status, "status");
    }

    @Override
    public FrameType type() {
        return FrameType.BYE;
    }
}
