package io.remoteassist.server.contacts;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The contact cards the two ends of a session handed over, in {@code contact_card}. */
@Singleton
public class ContactCards {

    /** One side's card. */
    public record Card(String owner, String certificate, String fingerprint) {
    }

    private final AgroalDataSource dataSource;

    ContactCards(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void offer(String sessionId, Card card, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into contact_card (session_id, owner, certificate, "
                 + "fingerprint, offered_at) values (?, ?, ?, ?, ?) on conflict (session_id, owner) do update set "
                 + "certificate = excluded.certificate, fingerprint = excluded.fingerprint, "
                 + "offered_at = excluded.offered_at")) {
            s.setString(1, sessionId);
            s.setString(2, card.owner());
            s.setString(3, card.certificate());
            s.setString(4, card.fingerprint());
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the contact card", e);
        }
    }

    /** The cards of a session, by owner. */
    Map<String, Card> of(String sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select owner, certificate, fingerprint from contact_card "
                 + "where session_id = ?")) {
            s.setString(1, sessionId);
            Map<String, Card> cards = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cards.put(rs.getString(1), new Card(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return cards;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the contact cards", e);
        }
    }
}
