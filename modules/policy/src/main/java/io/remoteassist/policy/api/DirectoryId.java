package io.remoteassist.policy.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a {@code Directory} aggregate (one domain with its sites, OUs, computers, users and groups).
 *
 * <p>An installation normally has exactly one directory, {@link #DEFAULT}.
 *
 * @param value the UUID, never null
 */
public record DirectoryId(UUID value) {

    /** The fixed id of the installation's single directory. */
    public static final DirectoryId DEFAULT = new DirectoryId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

    public DirectoryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
