package io.remoteassist.server.presence;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.server.jdbc.Jdbc;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The IM buddy lists, in {@code im_buddy}: who each user sees online and may send an invitation to. */
@Singleton
public class Buddies {

    /** The most buddies one list holds. */
    static final int MAX = 500;

    private final AgroalDataSource dataSource;

    Buddies(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds a buddy; false when already there. */
    boolean add(String owner, String buddy, Instant at) {
        if (list(owner).size() >= MAX) {
            throw new IllegalStateException("a buddy list holds at most " + MAX + " contacts");
        }
        return update("insert into im_buddy (owner, buddy, added_at) values (?, ?, ?) on conflict do nothing",
            owner, buddy, Timestamp.from(at)) == 1;
    }

    /** Removes a buddy; false when not there. */
    boolean remove(String owner, String buddy) {
        return update("delete from im_buddy where owner = ? and buddy = ?", owner, buddy) == 1;
    }

    /** The buddies of {@code owner}, sorted. */
    public List<String> list(String owner) {
        return names("select buddy from im_buddy where owner = ? order by buddy", owner);
    }

    /** Who has {@code buddy} on their list (and so is told when {@code buddy} comes and goes). */
    List<String> watchers(String buddy) {
        return names("select owner from im_buddy where buddy = ? order by owner", buddy);
    }

    boolean has(String owner, String buddy) {
        return list(owner).contains(buddy);
    }

    private List<String> names(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the buddy lists", e);
        }
    }

    private int update(String sql, Object... args) {
        try {
            return Jdbc.update(dataSource, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the buddy lists", e);
        }
    }
}
