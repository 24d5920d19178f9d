package io.remoteassist.server.offer;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The computers whose User's agent is running: each agent registers its computer (FQDN, IP
 * addresses, logged-on user) and renews that registration; one that is not renewed within the
 * lease is offline. Hosts are matched by FQDN (case-insensitive) or by any address, IPv4 or IPv6
 * in any written form; names are never looked up in DNS.
 */
@Singleton
public class ComputerPresence {

    /** A registered computer. */
    public record Registration(String fqdn, List<String> addresses, String user, Instant renewedAt) {
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Map<String, Registration> computers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lease;

    ComputerPresence(Clock clock, @ConfigProperty(name = "ra.presence.lease") Duration lease) {
        this.clock = clock;
        this.lease = lease;
    }

    public Registration register(String fqdn, List<String> addresses, String user) {
        List<String> normalized = addresses == null ? List.of()
            : addresses.stream().map(a -> normalizeAddress(a).orElseThrow(() ->
                new IllegalArgumentException("not an IP address: " + a))).toList();
        Registration r = new Registration(fqdn.toLowerCase(Locale.ROOT), normalized, user, clock.instant());
        computers.put(r.fqdn(), r);
        return r;
    }

    public void unregister(String fqdn) {
        computers.remove(fqdn.toLowerCase(Locale.ROOT));
    }

    /** The computer a Helper means by {@code host}, online or not; empty when no agent ever registered it. */
    public Optional<Registration> find(String host) {
        String key = host.trim().toLowerCase(Locale.ROOT);
        Registration byName = computers.get(key);
        if (byName != null) {
            return Optional.of(byName);
        }
        Optional<String> address = normalizeAddress(key);
        return address.flatMap(a -> computers.values().stream().filter(r -> r.addresses().contains(a)).findFirst());
    }

    public boolean isOnline(Registration r) {
        return r.renewedAt().plus(lease).isAfter(clock.instant());
    }

    /** The canonical text of an IP literal, or empty when {@code text} is not one. */
    static Optional<String> normalizeAddress(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (!IPV4.matcher(t).matches() && !(t.contains(":") && t.matches("[0-9A-Fa-f:.%]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
