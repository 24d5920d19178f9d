package io.remoteassist.invitation.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * After their session, the User and the Helper gave each other their contact cards: from now on each end
 * trusts the other's certificate (fingerprints, SHA-256 hex) for password-free invitations.
 */
@Revision("1")
public record ContactsExchangedEvent(
    String exchangeId,
    String sessionId,
    String user,
    String userFingerprint,
    String helper,
    String helperFingerprint,
    Instant at) implements RendezvousEvent {

    @Override
    public String actor() {
        return user;
    }

    @Override
    public String summary() {
        return user + " and " + helper + " became trusted contacts after session " + sessionId;
    }
}
