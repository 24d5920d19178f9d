package io.remoteassist.server.easyconnect;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate limits of Easy Connect lookups: a token bucket per source address and one for the whole server
 * ({@code ra.easy-connect.rate.*}). A refusal also says whether it should be audited now: the first refusal of a
 * source (or of the global limit) in each audit window is, carrying the number of refusals since the last record.
 */
@Singleton
public class LookupLimits {

    /** The verdict on one lookup: allowed, or refused by which limit, and what to audit. */
    public record Verdict(String refusedBy, boolean audit, int refusals) {
        boolean allowed() {
            return refusedBy == null;
        }
    }

    private static final int MAX_SOURCES = 100_000;

    private final Clock clock;
    private final int sourceBurst;
    private final int sourcePerMinute;
    private final Duration auditWindow;
    private final TokenBucket global;
    private final Map<String, TokenBucket> sources = new HashMap<>();
    private final Map<String, Refusals> refusals = new HashMap<>();

    private static final class Refusals {
        Instant recordedAt;
        int since;
    }

    LookupLimits(Clock clock,
                 @ConfigProperty(name = "ra.easy-connect.rate.source-burst", defaultValue = "10") int sourceBurst,
                 @ConfigProperty(name = "ra.easy-connect.rate.source-per-minute", defaultValue = "10")
                 int sourcePerMinute,
                 @ConfigProperty(name = "ra.easy-connect.rate.global-burst", defaultValue = "200") int globalBurst,
                 @ConfigProperty(name = "ra.easy-connect.rate.global-per-minute", defaultValue = "600")
                 int globalPerMinute,
                 @ConfigProperty(name = "ra.easy-connect.rate.audit-window", defaultValue = "PT1M")
                 Duration auditWindow) {
        this.clock = clock;
        this.sourceBurst = sourceBurst;
        this.sourcePerMinute = sourcePerMinute;
        this.auditWindow = auditWindow;
        this.global = new TokenBucket(globalBurst, globalPerMinute, clock.instant());
    }

    /** Takes a token for one lookup from {@code source}: the source's bucket first, then the global one. */
    public synchronized Verdict take(String source) {
        Instant now = clock.instant();
        if (sources.size() > MAX_SOURCES) {
            sources.values().removeIf(b -> b.full(now));
            refusals.values().removeIf(r -> r.recordedAt.plus(auditWindow).isBefore(now));
        }
        TokenBucket bucket = sources.computeIfAbsent(source, s -> new TokenBucket(sourceBurst, sourcePerMinute, now));
        if (!bucket.take(now)) {
            return refuse("rate-limited-source", source, now);
        }
        if (!global.take(now)) {
            return refuse("rate-limited-global", "*", now);
        }
        return new Verdict(null, false, 0);
    }

    private Verdict refuse(String reason, String key, Instant now) {
        Refusals r = refusals.computeIfAbsent(reason + " " + key, k -> new Refusals());
        r.since++;
        if (r.recordedAt == null || !r.recordedAt.plus(auditWindow).isAfter(now)) {
            int count = r.since;
            r.recordedAt = now;
            r.since = 0;
            return new Verdict(reason, true, count);
        }
        return new Verdict(reason, false, r.since);
    }
}
