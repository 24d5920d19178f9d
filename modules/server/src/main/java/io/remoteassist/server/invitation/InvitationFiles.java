package io.remoteassist.server.invitation;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds each invitation file in memory only while it may be delivered: a file lets whoever holds it
 * search for the password offline, so it is dropped when the invitation expires and never persisted.
 */
@Singleton
public class InvitationFiles {

    private record Held(byte[] content, Instant until) {
    }

    private final Map<String, Held> files = new ConcurrentHashMap<>();
    private final Clock clock;

    InvitationFiles(Clock clock) {
        this.clock = clock;
    }

    public void hold(String invitationId, byte[] content, Instant until) {
        files.put(invitationId, new Held(content, until));
    }

    public Optional<byte[]> get(String invitationId) {
        Instant now = clock.instant();
        files.values().removeIf(h -> !h.until().isAfter(now));
        return Optional.ofNullable(files.get(invitationId)).map(Held::content);
    }

    public void drop(String invitationId) {
        files.remove(invitationId);
    }
}
