package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A Helper is waiting for the User to allow the connection. {@code invitationId} is null for offers;
 * {@code warningBeforeConnecting} is the policy's warning text for the consent prompt, or null.
 */
@Revision("1")
public record SessionRequestedEvent(
    SessionId sessionId,
    String user,
    String computer,
    String helper,
    SessionMode mode,
    UUID invitationId,
    String warningBeforeConnecting,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " asks to connect to " + user + " on " + computer + " (" + mode + ")";
    }

    /** The question the User's agent asks, without the policy warning. */
    public String consentPrompt() {
        return helper + " wants to connect to your computer. Allow?";
    }
}
