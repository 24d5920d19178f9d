package io.remoteassist.server.invitation;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.server.jdbc.Jdbc;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitation files the User's agent handed over for a Mailto delivery, whose body carries a download link. A file
 * lets whoever holds it search for the password offline, so it is kept only until delivery: the first download
 * takes it, and closing or expiring the invitation drops it. Kept in PostgreSQL, so a link sent before a restart
 * still works after it. An e-mail with the file attached keeps nothing: the file is sent and forgotten.
 */
@Singleton
public class InvitationFiles {

    private final AgroalDataSource dataSource;
    private final Clock clock;

    InvitationFiles(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void hold(String invitationId, byte[] content, Instant until) {
        update("insert into invitation_file (invitation_id, content, held_until) values (?, ?, ?) "
            + "on conflict (invitation_id) do update set content = excluded.content, held_until = excluded.held_until",
            invitationId, content, Timestamp.from(until));
    }

    /** @return the file, removed from the store: it is delivered once */
    public Optional<byte[]> take(String invitationId) {
        update("delete from invitation_file where held_until <= ?", Timestamp.from(clock.instant()));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
            "delete from invitation_file where invitation_id = ? returning content")) {
            s.setString(1, invitationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the invitation file store", e);
        }
    }

    public void drop(String invitationId) {
        update("delete from invitation_file where invitation_id = ?", invitationId);
    }

    private void update(String sql, Object... args) {
        try {
            Jdbc.update(dataSource, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the invitation file store", e);
        }
    }
}
