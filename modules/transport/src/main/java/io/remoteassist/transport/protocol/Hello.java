package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import java.util.Objects;

/**
 * First message of each end. Layout: {@code role (u8) | capabilities (u32) | name (u16 length, UTF-8)}.
 *
 * @param role         the sender's role
 * @param name         display name of the sender (untrusted: encode before showing)
 * @param capabilities bit set of optional features the sender supports, see the constants
 */
public record Hello(Role role, String name, int capabilities) implements Payload {

    /** Capability: the sender can run SRP-6a. */
    public static final int CAP_SRP = 0x01;
    /** Capability: the sender can run ECDH P-256. */
    public static final int CAP_ECDH = 0x02;

    /** Validates fields. */
    public Hello {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public FrameType type() {
        return FrameType.HELLO;
    }
}
