package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The User resumed the session, which is back in {@code state}. */
@Revision("1")
public record SessionResumedEvent(
    SessionId sessionId,
    String user,
    SessionState state,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " resumed the session (" + state.name().toLowerCase() + ")";
    }
}
