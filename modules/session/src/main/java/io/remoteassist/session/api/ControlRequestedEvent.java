package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The Helper asked for control and the User is being asked. {@code warningBeforeSharingControl} is
 * the policy's warning text for the prompt, or null.
 */
@Revision("1")
public record ControlRequestedEvent(
    SessionId sessionId,
    String helper,
    String user,
    String warningBeforeSharingControl,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " asks " + user + " to share control";
    }

    /** The question the User's agent asks, without the policy warning. */
    public String controlPrompt() {
        return helper + " would like to share control of your computer. Allow?";
    }
}
