package io.remoteassist.session.api;

import java.util.Optional;

/**
 * Which session, if any, each User has waiting or running: a User has at most one, a Helper may
 * have several (one per User). The session module keeps it from its events and claims the User when
 * a session is requested; callers may ask first to refuse a second Helper early. User names compare
 * without regard to case. Implementations are thread-safe; the registry covers one server node.
 */
public interface ActiveSessionRegistry {

    /**
     * Claims {@code user} for {@code session} unless another session holds the User. Claiming again
     * for the holding session is granted and changes nothing.
     */
    SessionClaim claim(String user, SessionId session);

    /** Frees {@code user} if {@code session} holds the User; answers whether it did. */
    boolean release(String user, SessionId session);

    /** The session that holds {@code user}, if any. */
    Optional<SessionId> activeSessionOf(String user);
}
