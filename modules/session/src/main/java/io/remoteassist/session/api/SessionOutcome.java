package io.remoteassist.session.api;

/** The answer to a session command: the state afterwards and, when refused, why. */
public record SessionOutcome(boolean accepted, SessionState state, String reason) {

    public static SessionOutcome accepted(SessionState state) {
        return new SessionOutcome(true, state, null);
    }

    public static SessionOutcome refused(SessionState state, String reason) {
        return new SessionOutcome(false, state, reason);
    }
}
