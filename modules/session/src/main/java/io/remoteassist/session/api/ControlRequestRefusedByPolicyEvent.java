package io.remoteassist.session.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Policy allows only viewing, so the Helper's control request was refused without asking the User.
 * {@code setting}, {@code gpoId} and {@code gpoName} name what decided, as in {@link PolicyVerdict}.
 */
@Revision("1")
public record ControlRequestRefusedByPolicyEvent(
    SessionId sessionId,
    String helper,
    String setting,
    String gpoId,
    String gpoName,
    String reason,
    Instant at) implements SessionEvent {

    @Override
    public String actor() {
        return helper;
    }

    @Override
    public String summary() {
        return helper + " was refused control by policy: " + setting + " in " + gpoName + " (" + gpoId + ")";
    }
}
