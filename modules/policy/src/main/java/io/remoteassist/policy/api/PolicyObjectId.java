package io.remoteassist.policy.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a {@code PolicyObject} (a group policy object, GPO).
 *
 * @param value the UUID, never null
 */
public record PolicyObjectId(UUID value) {

    public PolicyObjectId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the textual UUID form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static PolicyObjectId parse(String text) {
        return new PolicyObjectId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
