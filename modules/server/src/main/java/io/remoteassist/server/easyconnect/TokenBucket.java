package io.remoteassist.server.easyconnect;

import java.time.Duration;
import java.time.Instant;

/** A token bucket: {@code burst} tokens at most, refilled at {@code perMinute}; not thread-safe on its own. */
final class TokenBucket {

    private final double burst;
    private final double perNano;
    private double tokens;
    private Instant last;

    TokenBucket(int burst, int perMinute, Instant now) {
        this.burst = burst;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.tokens = burst;
        this.last = now;
    }

    /** Takes one token if there is one. */
    boolean take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether the bucket is full again (so it can be forgotten). */
    boolean full(Instant now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(Instant now) {
        long nanos = Duration.between(last, now).toNanos();
        if (nanos > 0) {
            tokens = Math.min(burst, tokens + nanos * perNano);
        }
        last = now;
    }
}
