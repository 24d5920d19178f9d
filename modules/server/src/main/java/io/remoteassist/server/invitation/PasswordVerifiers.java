package io.remoteassist.server.invitation;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Keeps a salted PBKDF2 verifier of each server-made invitation password, never the password.
 * Verifiers live beside the event store, not in it, so they never reach the compliance stream.
 */
@Singleton
public class PasswordVerifiers {

    private static final int ITERATIONS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource dataSource;

    PasswordVerifiers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a verifier of {@code password} for the invitation. */
    public void store(String invitationId, String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                 "insert into invitation_verifier (invitation_id, salt, hash, iterations) values (?, ?, ?, ?)")) {
            s.setString(1, invitationId);
            s.setBytes(2, salt);
            s.setBytes(3, hash);
            s.setInt(4, ITERATIONS);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the verifier of invitation " + invitationId, e);
        }
    }

    /** Whether {@code password} matches; empty when the invitation has no verifier here. */
    public Optional<Boolean> matches(String invitationId, String password) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                 "select salt, hash, iterations from invitation_verifier where invitation_id = ?")) {
            s.setString(1, invitationId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] expected = rs.getBytes(2);
                byte[] actual = derive(password == null ? "" : password, rs.getBytes(1), rs.getInt(3));
                return Optional.of(MessageDigest.isEqual(expected, actual));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the verifier of invitation " + invitationId, e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
