package io.remoteassist.session.api;

/** What every session event tells the audit trail. */
public interface SessionEvent {

    SessionId sessionId();

    /** Who caused the event: a user or helper name, or {@code system}. */
    String actor();

    /** One line for people reading the audit trail. */
    String summary();
}
