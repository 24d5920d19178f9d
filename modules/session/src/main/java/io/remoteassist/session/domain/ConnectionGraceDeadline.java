package io.remoteassist.session.domain;

import java.time.Instant;

/**
 * Payload of the {@code connection-grace} deadline: the session ends at {@code graceEndsAt} unless
 * every lost connection came back. A deadline whose time no longer matches the session's is stale
 * and ignored.
 *
 * @param graceEndsAt when the grace period that scheduled this deadline ends
 */
public record ConnectionGraceDeadline(Instant graceEndsAt) {

    /** The deadline's name in the deadline manager. */
    public static final String NAME = "connection-grace";
}
