package io.remoteassist.invitation.api;

import java.util.UUID;

/** Identifies one invitation. Its string form is the UUID, which is also the aggregate id. */
public record InvitationId(UUID value) {

    public InvitationId {
        if (value == null) {
            throw new IllegalArgumentException("invitation id is required");
        }
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    public static InvitationId parse(String text) {
        return new InvitationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
