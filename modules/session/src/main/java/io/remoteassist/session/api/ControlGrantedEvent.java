package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User shares control with the Helper; {@code allowElevationPrompts} says whether the Helper may answer UAC. */
@Revision("1")
public record ControlGrantedEvent(
    SessionId sessionId,
    String user,
    String helper,
    boolean allowElevationPrompts,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " shares control with " + helper
            + (allowElevationPrompts ? " (elevation prompts allowed)" : " (no elevation prompts)");
    }
}
