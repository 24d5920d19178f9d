package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.FrameType;
import java.util.Arrays;
import java.util.Objects;

/**
 * One key-agreement step. Layout: {@code step (u8) | first (u16 length, bytes) | second (u16 length, bytes)}.
 * What the two byte strings hold depends on the step (see {@link AuthStep}); unused ones are empty.
 *
 * @param step   which step
 * @param first  the step's first value
 * @param second the step's second value, or empty
 */
public record Auth(AuthStep step, byte[] first, byte[] second) implements Payload {

    /** Validates fields. */
    public Auth {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * @param step  which step
     * @param first the step's only value
     * @return a step with an empty second value
     */
    public static Auth of(AuthStep step, byte[] first) {
        return new Auth(step, first, new byte[0]);
    }

    @Override
    public FrameType type() {
        return FrameType.AUTH;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Auth that && step == that.step && Arrays.equals(first, that.first)
                && Arrays.equals(second, that.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, Arrays.hashCode(first), Arrays.hashCode(second));
    }

    @Override
    public String toString() {
        return "Auth[" + step + ", " + first.length + " + " + second.length + " bytes]";
    }
}
