package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A Helper is waiting for the User to allow the connection. {@code invitationId} is null for offers. */
@Revision("1")
public record SessionRequestedEvent(
    SessionId sessionId,
    String user,
    String computer,
    String helper,
    SessionMode mode,
    UUID invitationId,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " asks to connect to " + user + " on " + computer + " (" + mode + ")";
    }
}
