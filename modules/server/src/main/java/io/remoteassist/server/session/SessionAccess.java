package io.remoteassist.server.session;

import io.remoteassist.server.web.ApiError;
import io.remoteassist.server.web.Caller;
import jakarta.inject.Singleton;

/**
 * Who may act on a session: its User (the session's user is the caller), its Helper (the session's helper is the
 * caller), or either. Unknown session → 404; someone else's → 403.
 */
@Singleton
public class SessionAccess {

    private final SessionDirectory sessions;

    SessionAccess(SessionDirectory sessions) {
        this.sessions = sessions;
    }

    /** The session, when the caller is its User. */
    public SessionView asUser(String sessionId) {
        SessionView view = find(sessionId);
        Caller.require(Caller.is(view.user()), "only the session's User (" + view.user() + ") may do this; you are "
            + Caller.name());
        return view;
    }

    /** The session, when the caller is its Helper. */
    public SessionView asHelper(String sessionId) {
        SessionView view = find(sessionId);
        Caller.require(Caller.is(view.helper()), "only the session's Helper (" + view.helper()
            + ") may do this; you are " + Caller.name());
        return view;
    }

    /** The session, when the caller is its User or its Helper. */
    public SessionView asParticipant(String sessionId) {
        SessionView view = find(sessionId);
        Caller.require(Caller.is(view.user()) || Caller.is(view.helper()), "you (" + Caller.name()
            + ") are not in session " + sessionId);
        return view;
    }

    private SessionView find(String sessionId) {
        return sessions.find(sessionId).orElseThrow(() -> ApiError.of(404, "no such session: " + sessionId));
    }
}
