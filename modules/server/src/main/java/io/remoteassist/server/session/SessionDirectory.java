package io.remoteassist.server.session;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.session.api.ConnectionAllowedEvent;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.ControlGrantedEvent;
import io.remoteassist.session.api.ControlRequestDeclinedEvent;
import io.remoteassist.session.api.ControlRequestedEvent;
import io.remoteassist.session.api.ControlRevokedEvent;
import io.remoteassist.session.api.HelperAlreadyConnectedEvent;
import io.remoteassist.session.api.OfferRefusedEvent;
import io.remoteassist.session.api.SessionPausedEvent;
import io.remoteassist.session.api.SessionResumedEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import io.remoteassist.session.api.SessionEvent;
import io.remoteassist.session.api.SessionRequestedEvent;
import io.remoteassist.session.api.SessionState;
import io.remoteassist.server.jdbc.Jdbc;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state of every session, kept in {@code session_status} from the session events in the same
 * transaction that stores them (a subscribing processor). The relay asks it whether anything may flow.
 */
@Singleton
@ProcessingGroup(SessionDirectory.GROUP)
public class SessionDirectory {

    public static final String GROUP = "session-status";

    /** The state each state-changing event leads to; events not listed leave the state as it is. */
    private static final Map<Class<?>, Function<SessionEvent, SessionState>> TRANSITIONS = Map.of(
        // ControlRequestedEvent has its own handler: it also keeps the warning text
        ConnectionAllowedEvent.class, e -> SessionState.VIEW_ONLY,
        ConnectionDeclinedEvent.class, e -> SessionState.DECLINED,
        ControlGrantedEvent.class, e -> SessionState.CONTROL_SHARED,
        ControlRequestDeclinedEvent.class, e -> SessionState.VIEW_ONLY,
        ControlRevokedEvent.class, e -> SessionState.VIEW_ONLY,
        SessionPausedEvent.class, e -> SessionState.PAUSED,
        SessionResumedEvent.class, e -> ((SessionResumedEvent) e).state(),
        SessionEndedEvent.class, e -> SessionState.ENDED);

    private final AgroalDataSource dataSource;
    private final java.util.List<java.util.function.BiConsumer<String, String>> stateListeners =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    SessionDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Tells {@code listener} (session id, new state name) of each state change as it is written, before anyone can
     * read it here: the relay lets the screen flow the moment the User consents, not at its next refresh.
     */
    public void onStateChange(java.util.function.BiConsumer<String, String> listener) {
        stateListeners.add(listener);
    }

    private void changed(String sessionId, SessionState state) {
        stateListeners.forEach(l -> l.accept(sessionId, state.name()));
    }

    @EventHandler
    public void on(SessionRequestedEvent e) throws SQLException {
        insert(e.sessionId().toString(), e.user(), e.computer(), e.helper(), e.mode().name(),
            SessionState.AWAITING_CONSENT, e.at());
        if (e.warningBeforeConnecting() != null) {
            update("update session_status set warning_connect = ? where session_id = ?",
                e.warningBeforeConnecting(), e.sessionId().toString());
        }
    }

    @EventHandler
    public void on(ControlRequestedEvent e, @org.axonframework.eventhandling.Timestamp Instant at)
        throws SQLException {
        update("update session_status set state = ?, warning_control = ?, updated_at = ? where session_id = ?",
            SessionState.CONTROL_REQUESTED.name(), e.warningBeforeSharingControl(), ts(at), e.sessionId().toString());
        changed(e.sessionId().toString(), SessionState.CONTROL_REQUESTED);
    }

    @EventHandler
    public void on(SessionEvent e, @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        var transition = TRANSITIONS.get(e.getClass());
        if (transition != null) {
            SessionState state = transition.apply(e);
            update("update session_status set state = ?, updated_at = ? where session_id = ?",
                state.name(), ts(at), e.sessionId().toString());
            changed(e.sessionId().toString(), state);
        }
    }

    @EventHandler
    public void on(HelperAlreadyConnectedEvent e) throws SQLException {
        insert(e.sessionId().toString(), e.user(), e.computer(), e.helper(), e.mode().name(), SessionState.REFUSED,
            e.at());
    }

    @EventHandler
    public void on(OfferRefusedEvent e) throws SQLException {
        insert(e.sessionId().toString(), "", e.computer() == null ? e.host() : e.computer(), e.helper(), "OFFERED",
            SessionState.REFUSED, e.at());
    }

    /** The first row of a session; a repeated delivery of its first event changes nothing. */
    private void insert(String sessionId, String user, String computer, String helper, String mode,
                        SessionState state, Instant at) throws SQLException {
        update("insert into session_status (session_id, user_name, computer, helper, mode, state, requested_at, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing",
            sessionId, user, computer, helper, mode, state.name(), ts(at), ts(at));
    }

    @ResetHandler
    public void reset() throws SQLException {
        update("delete from session_status");
    }

    /** Sessions of {@code user} (case-insensitive) in {@code state}, oldest first; either may be null for any. */
    public java.util.List<SessionView> list(String user, String state) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select session_id, user_name, computer, helper, mode, state, "
                 + "requested_at, updated_at, warning_connect, warning_control from session_status where (? is null or lower(user_name) = lower(?)) "
                 + "and (? is null or state = ?) order by requested_at limit 200")) {
            s.setString(1, user);
            s.setString(2, user);
            s.setString(3, state);
            s.setString(4, state);
            java.util.List<SessionView> views = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list sessions", e);
        }
    }

    public Optional<SessionView> find(String sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select session_id, user_name, computer, helper, mode, state, "
                 + "requested_at, updated_at, warning_connect, warning_control from session_status where session_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(view(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read session " + sessionId, e);
        }
    }

    /**
     * The states of many sessions in one statement (the relay refreshes every open session several times a second).
     *
     * @return session id to state name, for the sessions that exist
     */
    public Map<String, String> states(Collection<String> sessionIds) {
        Map<String, String> states = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return states;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                 "select session_id, state from session_status where session_id = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", sessionIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the states of " + sessionIds.size() + " sessions", e);
        }
        return states;
    }

    private static SessionView view(ResultSet rs) throws SQLException {
        return new SessionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getString(9),
            rs.getString(10));
    }

    private void update(String sql, Object... args) throws SQLException {
        Jdbc.update(dataSource, sql, args);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
