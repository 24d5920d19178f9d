package io.remoteassist.invitation.api;

/**
 * What the Easy Connect directory and trusted-contact events tell the audit trail (they belong to no invitation).
 */
public interface RendezvousEvent {

    /** Who caused the event: a user or helper name, a network source, or {@code system}. */
    String actor();

    /** One line for people reading the audit trail. */
    String summary();
}
