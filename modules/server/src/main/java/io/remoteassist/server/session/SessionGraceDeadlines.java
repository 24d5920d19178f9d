package io.remoteassist.server.session;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.server.jdbc.Jdbc;
import io.remoteassist.session.api.ConnectionDeclinedEvent;
import io.remoteassist.session.api.ConnectionLostEvent;
import io.remoteassist.session.api.ConnectionRestoredEvent;
import io.remoteassist.session.api.SessionEndedEvent;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The persisted connection-lost grace deadlines, one row per party whose connection is lost, kept from the session
 * events by a tracking processor (its token in PostgreSQL too); {@link SessionGraceExpiry} fires the due ones, after
 * a restart as well.
 */
@Singleton
@ProcessingGroup(SessionGraceDeadlines.GROUP)
public class SessionGraceDeadlines {

    public static final String GROUP = "session-grace-deadlines";

    private final AgroalDataSource dataSource;

    SessionGraceDeadlines(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    public void on(ConnectionLostEvent e) throws SQLException {
        Jdbc.update(dataSource, "insert into session_grace_deadline (session_id, party, grace_ends_at) values (?, ?, ?) "
                + "on conflict (session_id, party) do update set grace_ends_at = excluded.grace_ends_at",
            e.sessionId().toString(), e.party(), Timestamp.from(e.graceEndsAt()));
    }

    @EventHandler
    public void on(ConnectionRestoredEvent e) throws SQLException {
        Jdbc.update(dataSource, "delete from session_grace_deadline where session_id = ? and party = ?",
            e.sessionId().toString(), e.party());
    }

    @EventHandler
    public void on(SessionEndedEvent e) throws SQLException {
        forget(e.sessionId().toString());
    }

    @EventHandler
    public void on(ConnectionDeclinedEvent e) throws SQLException {
        forget(e.sessionId().toString());
    }

    @ResetHandler
    public void reset() throws SQLException {
        Jdbc.update(dataSource, "delete from session_grace_deadline");
    }

    /** Deadlines at or before {@code now}, one per session and grace end, oldest first, at most {@code limit}. */
    public List<Due> due(Instant now, int limit) {
        try {
            return Jdbc.query(dataSource, "select session_id, grace_ends_at from session_grace_deadline "
                    + "where grace_ends_at <= ? group by session_id, grace_ends_at order by grace_ends_at limit ?",
                row -> new Due(row.getString(1), row.getTimestamp(2).toInstant()), Timestamp.from(now), limit);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read session grace deadlines", e);
        }
    }

    /** Whether {@code party}'s connection to the session is lost and its grace deadline still kept. */
    public boolean isLost(String sessionId, String party) {
        try {
            return !Jdbc.query(dataSource, "select 1 from session_grace_deadline where session_id = ? and party = ?",
                row -> Boolean.TRUE, sessionId, party).isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read session grace deadlines", e);
        }
    }

    void forget(String sessionId) throws SQLException {
        Jdbc.update(dataSource, "delete from session_grace_deadline where session_id = ?", sessionId);
    }

    /**
     * A due deadline.
     *
     * @param sessionId   the session
     * @param graceEndsAt when its grace period ended
     */
    public record Due(String sessionId, Instant graceEndsAt) {
    }
}
