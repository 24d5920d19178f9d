package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Opens a session in which {@code helper} waits for {@code user} to allow the connection, from an
 * accepted invitation ({@code invitationId} set) or from an offer ({@code invitationId} null).
 * {@code warningBeforeConnecting} is the policy's text to show with the consent prompt, or null.
 * Answers a {@link SessionOutcome}; refused with {@link HelperAlreadyConnectedEvent} when the User
 * already has a session waiting or running.
 */
public record RequestSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    String computer,
    String helper,
    SessionMode mode,
    UUID invitationId,
    String warningBeforeConnecting,
    Instant at) {

    /** A request without a policy warning. */
    public RequestSessionCommand(SessionId sessionId, String user, String computer, String helper, SessionMode mode,
                                 UUID invitationId, Instant at) {
        this(sessionId, user, computer, helper, mode, invitationId, null, at);
    }
}
