package io.remoteassist.server.easyconnect;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationExpiredEvent;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationLockedOutEvent;
import io.remoteassist.invitation.api.InvitationRevokedEvent;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The rendezvous directory in {@code easy_connect_entry}: sealed invitations by lookup key. An entry goes when its
 * invitation is accepted, revoked, locked or expires (these events, in the transaction that stores them), and is
 * never returned after its own expiry.
 */
@Singleton
@ProcessingGroup(EasyConnectDirectory.GROUP)
public class EasyConnectDirectory {

    public static final String GROUP = "easy-connect-directory";

    /** One entry. */
    public record Entry(String lookupKey, String invitationId, byte[] blob, Instant expiresAt) {
    }

    private final AgroalDataSource dataSource;

    EasyConnectDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds an entry; false when the lookup key or the invitation already has one. */
    boolean publish(Entry entry, String actor, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            purge(c, now);
            try (PreparedStatement s = c.prepareStatement("insert into easy_connect_entry (lookup_key, invitation_id, "
                + "blob, published_by, published_at, expires_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                s.setString(1, entry.lookupKey());
                s.setString(2, entry.invitationId());
                s.setBytes(3, entry.blob());
                s.setString(4, actor);
                s.setTimestamp(5, Timestamp.from(now));
                s.setTimestamp(6, Timestamp.from(entry.expiresAt()));
                return s.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Easy Connect directory", e);
        }
    }

    /** The live entry under a lookup key. */
    Optional<Entry> find(String lookupKey, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select lookup_key, invitation_id, blob, expires_at from "
                 + "easy_connect_entry where lookup_key = ? and expires_at > ?")) {
            s.setString(1, lookupKey);
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getString(1), rs.getString(2), rs.getBytes(3),
                    rs.getTimestamp(4).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the Easy Connect directory", e);
        }
    }

    /** Whether the invitation has an entry (expired or not). */
    public boolean has(String invitationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from easy_connect_entry where invitation_id = ?")) {
            s.setString(1, invitationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the Easy Connect directory", e);
        }
    }

    @EventHandler
    public void on(InvitationAcceptedEvent e) throws SQLException {
        remove(e.invitationId());
    }

    @EventHandler
    public void on(InvitationRevokedEvent e) throws SQLException {
        remove(e.invitationId());
    }

    @EventHandler
    public void on(InvitationExpiredEvent e) throws SQLException {
        remove(e.invitationId());
    }

    @EventHandler
    public void on(InvitationLockedOutEvent e) throws SQLException {
        remove(e.invitationId());
    }

    void remove(InvitationId invitation) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from easy_connect_entry where invitation_id = ?")) {
            s.setString(1, invitation.toString());
            s.executeUpdate();
        }
    }

    private static void purge(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from easy_connect_entry where expires_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.executeUpdate();
        }
    }
}
