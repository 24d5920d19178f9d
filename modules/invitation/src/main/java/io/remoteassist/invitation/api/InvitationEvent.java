package io.remoteassist.invitation.api;

/** What every invitation event tells the audit trail. */
public interface InvitationEvent {

    InvitationId invitationId();

    /** Who caused the event: a user or helper name, or {@code system}. */
    String actor();

    /** One line for people reading the audit trail. */
    String summary();
}
