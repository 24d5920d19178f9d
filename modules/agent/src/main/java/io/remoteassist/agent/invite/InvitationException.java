package io.remoteassist.agent.invite;

/** An invitation could not be made, delivered or opened; the message says why in one line. */
public final class InvitationException extends RuntimeException {

    public InvitationException(String message) {
        super(message);
    }
}
