package io.remoteassist.server.session;

/** Body of {@code POST /api/sessions/{id}/consent}: the User's answer; {@code user} when the caller names itself. */
public record ConsentRequest(Boolean allow, String user) {
}
