package io.remoteassist.server.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Name and password pairs that passed a bcrypt check lately, so that an agent opening many connections with the
 * same credentials (or a thousand agents of one User reconnecting at once) costs one bcrypt check, not one per
 * connection.
 *
 * <ul>
 *   <li>An entry is keyed by an HMAC-SHA256 of name and password under a secret made at each start: no password is
 *       kept, and the keys are worth nothing after a restart.</li>
 *   <li>An entry holds the stored hash it was checked against; it answers only while the identity still has that
 *       hash, so a changed password (a new hash and salt) stops working at once, on every node.</li>
 *   <li>Only successes are kept: a wrong password is checked every time and never answered from here.</li>
 *   <li>At most {@code capacity} entries (the least recently used go first), each for {@code ttl}.</li>
 *   <li>Concurrent checks of the same name, password and hash share one bcrypt computation.</li>
 * </ul>
 */
final class VerifiedPasswords {

    private record Entry(String name, String stored, Instant expires) {
    }

    private final byte[] secret;
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final Map<String, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();

    VerifiedPasswords(byte[] secret, int capacity, Duration ttl, Clock clock) {
        if (secret.length < 32 || capacity < 1 || ttl.isNegative()) {
            throw new IllegalArgumentException("a secret of 32 bytes or more, a capacity of 1 or more and a ttl");
        }
        this.secret = secret.clone();
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedPasswords.this.capacity;
            }
        };
    }

    /**
     * Whether {@code password} is {@code name}'s, whose stored hash is now {@code stored}: from an earlier success
     * against the same hash, else by {@code check} (the slow comparison), whose success is kept.
     */
    boolean verify(String name, char[] password, String stored, Predicate<char[]> check) {
        String key = key(name, password);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null && known.stored().equals(stored) && now.isBefore(known.expires())) {
                return true;
            }
        }
        String flight = key + '/' + stored;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> other = running.putIfAbsent(flight, mine);
        if (other != null) {
            return other.join();
        }
        try {
            boolean ok = check.test(password);
            if (ok) {
                synchronized (entries) {
                    entries.put(key, new Entry(name, stored, clock.instant().plus(ttl)));
                }
            }
            mine.complete(ok);
            return ok;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(flight, mine);
        }
    }

    /** Forgets every success of {@code name} (its password or roles changed). */
    void forget(String name) {
        synchronized (entries) {
            entries.values().removeIf(e -> e.name().equals(name));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String key(String name, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] plain = new byte[bytes.remaining()];
            bytes.get(plain);
            mac.update(plain);
            Arrays.fill(plain, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
