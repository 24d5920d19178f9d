package io.remoteassist.server.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Checks a name and password (HTTP Basic, the login form) against {@code ra_identity}: one indexed read of the
 * identity's hash and roles, then bcrypt, unless {@link VerifiedPasswords} holds a recent success of the same name
 * and password against the same hash. Runs on a worker thread, never on the event loop. Asked before the JDBC
 * realm's own password check, which it replaces; the realm still serves the consoles' sign-in cookie.
 *
 * <p>{@code ra.security.verified-cache.size} (default 10,000) and {@code ra.security.verified-cache.ttl} (PT5M)
 * bound the cache; a size of 0 turns it off.
 */
@Singleton
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String READ = "select password_hash, salt, iteration_count, roles from ra_identity "
        + "where name = ?";

    private final AgroalDataSource dataSource;
    private final VerifiedPasswords verified;
    private final PasswordFactory bcrypt;

    PasswordIdentityProvider(AgroalDataSource dataSource,
                             @ConfigProperty(name = "ra.security.verified-cache.size", defaultValue = "10000") int size,
                             @ConfigProperty(name = "ra.security.verified-cache.ttl", defaultValue = "PT5M") Duration ttl) {
        this.dataSource = dataSource;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.verified = size < 1 ? null : new VerifiedPasswords(secret, size, ttl, Clock.systemUTC());
        try {
            this.bcrypt = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                new WildFlyElytronPasswordProvider());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before Elytron's password provider (priority 1001), which then never sees a password. */
    @Override
    public int priority() {
        return 2001;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request.getUsername(), request.getPassword().getPassword()));
    }

    /** Forgets the cached successes of {@code name}: its password or roles changed. */
    void changed(String name) {
        if (verified != null) {
            verified.forget(name);
        }
    }

    private SecurityIdentity check(String name, char[] password) {
        Stored stored = read(name);
        if (stored == null) {
            throw new AuthenticationFailedException();
        }
        boolean ok = verified == null ? matches(stored, password)
            : verified.verify(name, password, stored.fingerprint(), p -> matches(stored, p));
        if (!ok) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(name));
        stored.roles().forEach(identity::addRole);
        return identity.build();
    }

    private boolean matches(Stored stored, char[] password) {
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            BCryptPassword hashed = (BCryptPassword) bcrypt.generatePassword(new IteratedSaltedHashPasswordSpec(
                b64.decode(stored.hash()), b64.decode(stored.salt()), stored.cost()));
            return bcrypt.verify(hashed, password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private Stored read(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(READ)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Stored(rs.getString(1), rs.getString(2), rs.getInt(3),
                    Arrays.asList((String[]) rs.getArray(4).getArray()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read identity " + name, e);
        }
    }

    /** An identity's row: its bcrypt hash, salt and cost, and its roles. */
    private record Stored(String hash, String salt, int cost, List<String> roles) {
        /** Changes whenever the password is set again (a new salt each time). */
        String fingerprint() {
            return cost + "$" + salt + "$" + hash;
        }
    }
}
