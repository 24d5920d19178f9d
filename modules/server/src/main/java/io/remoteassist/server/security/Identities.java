package io.remoteassist.server.security;

import io.agroal.api.AgroalDataSource;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.Roles;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The identity store in {@code ra_identity}: names, bcrypt hashes (in Elytron's layout, which the JDBC realm of
 * {@code application.properties} reads) and roles. Passwords are hashed here and never stored.
 */
@Singleton
public class Identities {

    /** An identity as the API shows it: never its hash. */
    public record Identity(String name, List<String> roles) {
    }

    public static final int MIN_PASSWORD = 8;

    private final AgroalDataSource dataSource;
    private final int cost;
    private final SecureRandom random = new SecureRandom();
    private final PasswordFactory bcrypt;
    private final PasswordIdentityProvider signIn;

    Identities(AgroalDataSource dataSource, @ConfigProperty(name = "ra.security.bcrypt-cost") int cost,
               PasswordIdentityProvider signIn) {
        this.dataSource = dataSource;
        this.cost = cost;
        this.signIn = signIn;
        try {
            this.bcrypt = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                new WildFlyElytronPasswordProvider());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Creates or replaces {@code name} with a new password and these roles; bad values: IllegalArgumentException. */
    public Identity put(String name, String password, Set<String> roles) {
        if (!AccountNames.isValid(name)) {
            throw new IllegalArgumentException("name must be 1-64 letters, digits or . _ @ \\ -");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new IllegalArgumentException("password must be " + MIN_PASSWORD + " to 72 characters long");
        }
        List<String> checked = roles(roles);
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        BCryptPassword hashed;
        try {
            hashed = (BCryptPassword) bcrypt.generatePassword(new EncryptablePasswordSpec(password.toCharArray(),
                new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash a password", e);
        }
        Base64.Encoder b64 = Base64.getEncoder();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into ra_identity (name, password_hash, salt, "
                 + "iteration_count, roles, updated_at) values (?, ?, ?, ?, ?, now()) on conflict (name) do update set "
                 + "password_hash = excluded.password_hash, salt = excluded.salt, "
                 + "iteration_count = excluded.iteration_count, roles = excluded.roles, updated_at = now()")) {
            s.setString(1, name);
            s.setString(2, b64.encodeToString(hashed.getHash()));
            s.setString(3, b64.encodeToString(hashed.getSalt()));
            s.setInt(4, hashed.getIterationCount());
            s.setArray(5, c.createArrayOf("text", checked.toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store identity " + name, e);
        }
        signIn.changed(name);
        return new Identity(name, checked);
    }

    public List<Identity> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select name, roles from ra_identity order by name");
             ResultSet rs = s.executeQuery()) {
            List<Identity> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new Identity(rs.getString(1), Arrays.asList((String[]) rs.getArray(2).getArray())));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list identities", e);
        }
    }

    /** The roles, checked and in the order of {@link Roles#ALL}. */
    static List<String> roles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one of " + Roles.ALL);
        }
        Set<String> lower = new LinkedHashSet<>();
        for (String role : roles) {
            String r = role == null ? "" : role.strip().toLowerCase(java.util.Locale.ROOT);
            if (!Roles.ALL.contains(r)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; roles are " + Roles.ALL);
            }
            lower.add(r);
        }
        return Roles.ALL.stream().filter(lower::contains).toList();
    }
}
