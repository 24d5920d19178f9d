package io.remoteassist.server.contacts;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.invitation.api.ContactsExchangedEvent;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Who is whose trusted contact, in {@code trusted_contact}, from {@code ContactsExchangedEvent} (a subscribing
 * processor, so a contact is there as soon as the exchange is recorded). The server uses it to relay contact
 * handshakes between the two only; the ends decide trust by the certificates they stored.
 */
@Singleton
@ProcessingGroup(TrustedContacts.GROUP)
public class TrustedContacts {

    public static final String GROUP = "trusted-contacts";

    /** One trusted contact of an owner. */
    public record Contact(String name, String fingerprint, String sessionId, Instant exchangedAt) {
    }

    private final AgroalDataSource dataSource;

    TrustedContacts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    public void on(ContactsExchangedEvent e) throws SQLException {
        upsert(e.user(), e.helper(), e.helperFingerprint(), e.sessionId(), e.at());
        upsert(e.helper(), e.user(), e.userFingerprint(), e.sessionId(), e.at());
    }

    @ResetHandler
    public void reset() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from trusted_contact")) {
            s.executeUpdate();
        }
    }

    /** The trusted contacts of {@code owner}, by name. */
    public List<Contact> of(String owner) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select contact, fingerprint, session_id, exchanged_at from "
                 + "trusted_contact where owner = ? order by contact")) {
            s.setString(1, owner);
            List<Contact> list = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new Contact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the trusted contacts", e);
        }
    }

    /** Whether {@code a} and {@code b} exchanged cards. */
    public boolean trusted(String a, String b) {
        return of(a).stream().anyMatch(c -> c.name().equals(b));
    }

    private void upsert(String owner, String contact, String fingerprint, String session, Instant at)
        throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into trusted_contact (owner, contact, fingerprint, "
                 + "session_id, exchanged_at) values (?, ?, ?, ?, ?) on conflict (owner, contact) do update set "
                 + "fingerprint = excluded.fingerprint, session_id = excluded.session_id, "
                 + "exchanged_at = excluded.exchanged_at")) {
            s.setString(1, owner);
            s.setString(2, contact);
            s.setString(3, fingerprint);
            s.setString(4, session);
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        }
    }
}
