package io.remoteassist.session.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The User resumes a paused session. {@code user} null stands for the session's own User. */
public record ResumeSessionCommand(
    @TargetAggregateIdentifier SessionId sessionId,
    String user,
    Instant at) {
}
