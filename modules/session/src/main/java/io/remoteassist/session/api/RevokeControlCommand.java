package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Stops sharing control at once, without asking anyone. Only the session's User ({@code actor} null
 * or the User's name) or {@code system} (a policy change) may do it; a Helper cannot. {@code reason}
 * is {@link #USER_ESCAPE} or {@link #USER_STOP} for the User (null means {@link #USER_STOP}), or for
 * example {@code policy:view-only} for the system.
 */
public record RevokeControlCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String actor,
    String reason,
    Instant at) {

    /** The User pressed Esc on the User's agent. */
    public static final String USER_ESCAPE = "user-escape";
    /** The User chose Stop sharing. */
    public static final String USER_STOP = "user-stop";
}
