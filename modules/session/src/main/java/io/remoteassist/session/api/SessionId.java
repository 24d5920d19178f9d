package io.remoteassist.session.api;

import java.util.UUID;

/** Identifies one assistance session. Its string form is the UUID, which is also the aggregate id. */
public record SessionId(UUID value) {

    public SessionId {
        if (value == null) {
            throw new IllegalArgumentException("session id is required");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
