package io.remoteassist.server.session;

/** Body of {@code POST /api/sessions/{id}/chat}: who writes and what. */
public record ChatRequest(String sender, String text) {
}
