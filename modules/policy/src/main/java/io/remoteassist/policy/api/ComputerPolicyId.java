package io.remoteassist.policy.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a {@code ComputerPolicy} aggregate: the record of which policy version a computer applied.
 *
 * <p>Derived from the computer's FQDN (a name-based UUID), so every node finds the same aggregate for a computer
 * without a lookup.
 *
 * @param value the UUID, never null
 */
public record ComputerPolicyId(UUID value) {

    public ComputerPolicyId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of a computer's record, from its FQDN compared ignoring case. */
    public static ComputerPolicyId of(String fqdn) {
        Objects.requireNonNull(fqdn, "computer");
        String name = "computer-policy:" + fqdn.strip().toLowerCase(Locale.ROOT);
        return new ComputerPolicyId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
