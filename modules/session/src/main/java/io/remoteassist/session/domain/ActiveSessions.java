package io.remoteassist.session.domain;

import io.remoteassist.session.api.ActiveSessionRegistry;
import io.remoteassist.session.api.SessionClaim;
import io.remoteassist.session.api.SessionId;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory {@link ActiveSessionRegistry}: User (case-folded) to the session holding the User.
 * Thread-safe and lock-free: every change is one atomic map operation, so of two concurrent claims
 * for a free User exactly one is granted.
 */
public final class ActiveSessions implements ActiveSessionRegistry {

    private final Map<String, SessionId> holders = new ConcurrentHashMap<>();

    @Override
    public SessionClaim claim(String user, SessionId session) {
        SessionId holder = holders.putIfAbsent(key(user), require(session));
        return new SessionClaim(user, session, holder == null ? session : holder);
    }

    @Override
    public boolean release(String user, SessionId session) {
        return holders.remove(key(user), require(session));
    }

    /** Frees whichever User {@code session} holds; answers whether it held one. */
    public boolean release(SessionId session) {
        return holders.entrySet().removeIf(e -> e.getValue().equals(session));
    }

    @Override
    public Optional<SessionId> activeSessionOf(String user) {
        return Optional.ofNullable(holders.get(key(user)));
    }

    /** How many Users are held. */
    public int size() {
        return holders.size();
    }

    /** Forgets every claim, before a rebuild from the events. */
    public void clear() {
        holders.clear();
    }

    private static String key(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a user is required");
        }
        return user.strip().toLowerCase(Locale.ROOT);
    }

    private static SessionId require(SessionId session) {
        if (session == null) {
            throw new IllegalArgumentException("a session id is required");
        }
        return session;
    }
}
