package io.remoteassist.server.invitation;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationCreatedEvent;
import io.remoteassist.invitation.api.InvitationExpiredEvent;
import io.remoteassist.invitation.api.InvitationLockedOutEvent;
import io.remoteassist.invitation.api.InvitationRevokedEvent;
import io.remoteassist.server.jdbc.Jdbc;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The persisted deadlines of open invitations, kept from the invitation events in the same
 * transaction as the processor's token; {@link InvitationExpiry} fires the due ones, after a
 * restart too.
 */
@Singleton
@ProcessingGroup(InvitationDeadlines.GROUP)
public class InvitationDeadlines {

    public static final String GROUP = "invitation-deadlines";

    private final AgroalDataSource dataSource;

    InvitationDeadlines(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    public void on(InvitationCreatedEvent e) throws SQLException {
        update("insert into invitation_deadline (invitation_id, expires_at) values (?, ?) "
            + "on conflict (invitation_id) do update set expires_at = excluded.expires_at",
            e.invitationId().toString(), Timestamp.from(e.expiresAt()));
    }

    @EventHandler
    public void on(InvitationAcceptedEvent e) throws SQLException {
        forget(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationRevokedEvent e) throws SQLException {
        forget(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationExpiredEvent e) throws SQLException {
        forget(e.invitationId().toString());
    }

    @EventHandler
    public void on(InvitationLockedOutEvent e) throws SQLException {
        forget(e.invitationId().toString());
    }

    @ResetHandler
    public void reset() throws SQLException {
        update("delete from invitation_deadline");
    }

    /** Invitations whose deadline is at or before {@code now}, oldest first, at most {@code limit}. */
    public List<String> due(Instant now, int limit) {
        try {
            return Jdbc.query(dataSource,
                "select invitation_id from invitation_deadline where expires_at <= ? order by expires_at limit ?",
                row -> row.getString(1), Timestamp.from(now), limit);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read invitation deadlines", e);
        }
    }

    void forget(String invitationId) throws SQLException {
        update("delete from invitation_deadline where invitation_id = ?", invitationId);
    }

    private void update(String sql, Object... args) throws SQLException {
        Jdbc.update(dataSource, sql, args);
    }
}
