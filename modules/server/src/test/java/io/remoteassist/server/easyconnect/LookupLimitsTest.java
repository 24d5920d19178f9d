package io.remoteassist.server.easyconnect;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LookupLimitsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void aSourceGetsItsBurstThenOneLookupPerRefillAndOtherSourcesAreUnaffected() {
        LookupLimits limits = new LookupLimits(clock, 3, 6, 100, 100, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("10.0.0.1").allowed()).isTrue();
        }
        LookupLimits.Verdict refused = limits.take("10.0.0.1");
        assertThat(refused.refusedBy()).isEqualTo("rate-limited-source");
        assertThat(refused.audit()).isTrue();
        assertThat(refused.refusals()).isEqualTo(1);
        assertThat(limits.take("10.0.0.2").allowed()).isTrue();

        clock.now = clock.now.plusSeconds(10); // 6 per minute: one token every 10 s
        assertThat(limits.take("10.0.0.1").allowed()).isTrue();
        assertThat(limits.take("10.0.0.1").allowed()).isFalse();
    }

    @Test
    void refusalsAreAuditedOncePerWindowWithTheirCount() {
        LookupLimits limits = new LookupLimits(clock, 1, 1, 100, 100, Duration.ofMinutes(1));
        limits.take("s");
        assertThat(limits.take("s").audit()).isTrue();
        for (int i = 0; i < 5; i++) {
            clock.now = clock.now.plusSeconds(1);
            assertThat(limits.take("s").audit()).isFalse();
        }
        clock.now = clock.now.plusSeconds(56); // the window is over; a token came back at 60 s, take it
        assertThat(limits.take("s").allowed()).isTrue();
        LookupLimits.Verdict next = limits.take("s");
        assertThat(next.audit()).isTrue();
        assertThat(next.refusals()).isEqualTo(6);
    }

    @Test
    void theGlobalLimitHoldsAcrossSources() {
        LookupLimits limits = new LookupLimits(clock, 10, 10, 4, 60, Duration.ofMinutes(1));
        for (int i = 0; i < 4; i++) {
            assertThat(limits.take("10.0.0." + i).allowed()).isTrue();
        }
        LookupLimits.Verdict refused = limits.take("10.0.0.9");
        assertThat(refused.refusedBy()).isEqualTo("rate-limited-global");
        assertThat(refused.audit()).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(limits.take("10.0.0.9").allowed()).isTrue();
    }

    @Test
    void aClockThatGoesBackRefillsNothing() {
        LookupLimits limits = new LookupLimits(clock, 1, 60, 100, 100, Duration.ofMinutes(1));
        limits.take("s");
        clock.now = clock.now.minusSeconds(3600);
        assertThat(limits.take("s").allowed()).isFalse();
    }
}
