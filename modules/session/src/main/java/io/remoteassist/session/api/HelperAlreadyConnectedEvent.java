package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A session was refused because the User already has one waiting or running ({@code activeSession}):
 * one Helper at a time, the first wins. The refused session is final ({@link SessionState#REFUSED}).
 */
@Revision("1")
public record HelperAlreadyConnectedEvent(
    SessionId sessionId,
    String user,
    String computer,
    String helper,
    SessionMode mode,
    UUID invitationId,
    SessionId activeSession,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " was refused: " + user + " is already being helped";
    }
}
