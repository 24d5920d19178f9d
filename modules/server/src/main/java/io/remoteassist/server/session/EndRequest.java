package io.remoteassist.server.session;

/** Body of {@code POST /api/sessions/{id}/end}, optional: who ends the session and why. */
public record EndRequest(String actor, String reason) {
}
