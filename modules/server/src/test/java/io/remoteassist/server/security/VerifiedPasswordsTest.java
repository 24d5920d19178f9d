package io.remoteassist.server.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedPasswordsTest {

    private static final String HASH = "10$salt$hash";

    private final AtomicInteger checks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final VerifiedPasswords cache = new VerifiedPasswords(new byte[32], 3, Duration.ofMinutes(5), clock);

    /** The slow check of the tests: counts its calls; "right" is the only good password. */
    private final Predicate<char[]> check = p -> {
        checks.incrementAndGet();
        return Arrays.equals(p, "right".toCharArray());
    };

    @Test
    void aRightPasswordIsCheckedOnceThenAnsweredFromTheCache() {
        assertThat(cache.verify("alice", "right".toCharArray(), HASH, check)).isTrue();
        assertThat(cache.verify("alice", "right".toCharArray(), HASH, check)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverAccepted() {
        cache.verify("alice", "right".toCharArray(), HASH, check);
        for (int i = 0; i < 3; i++) {
            assertThat(cache.verify("alice", "wrong".toCharArray(), HASH, check)).isFalse();
        }
        assertThat(checks).hasValue(4);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anotherNameWithTheSamePasswordIsCheckedOnItsOwn() {
        cache.verify("alice", "right".toCharArray(), HASH, check);
        assertThat(cache.verify("bob", "right".toCharArray(), HASH, p -> false)).isFalse();
    }

    @Test
    void aChangedStoredHashIsCheckedAgainAndTheOldPasswordRefused() {
        cache.verify("alice", "right".toCharArray(), HASH, check);
        assertThat(cache.verify("alice", "right".toCharArray(), "10$newsalt$newhash", p -> false)).isFalse();
        assertThat(cache.verify("alice", "right".toCharArray(), "10$newsalt$newhash", check)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void forgettingANameChecksItAgain() {
        cache.verify("alice", "right".toCharArray(), HASH, check);
        cache.verify("bob", "right".toCharArray(), HASH, check);
        cache.forget("alice");
        assertThat(cache.size()).isEqualTo(1);
        cache.verify("alice", "right".toCharArray(), HASH, check);
        cache.verify("bob", "right".toCharArray(), HASH, check);
        assertThat(checks).hasValue(3);
    }

    @Test
    void anEntryLastsItsTtl() {
        cache.verify("alice", "right".toCharArray(), HASH, check);
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        cache.verify("alice", "right".toCharArray(), HASH, check);
        assertThat(checks).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        cache.verify("alice", "right".toCharArray(), HASH, check);
        assertThat(checks).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheCapacity() {
        for (String name : List.of("a", "b", "c")) {
            cache.verify(name, "right".toCharArray(), HASH, check);
        }
        cache.verify("a", "right".toCharArray(), HASH, check);
        cache.verify("d", "right".toCharArray(), HASH, check);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(checks).hasValue(4);
        cache.verify("a", "right".toCharArray(), HASH, check);
        assertThat(checks).hasValue(4);
        cache.verify("b", "right".toCharArray(), HASH, check);
        assertThat(checks).hasValue(5);
    }

    @Test
    void concurrentChecksOfTheSameCredentialsShareOneComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Predicate<char[]> slow = p -> {
            checks.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> cache.verify("alice", "right".toCharArray(), HASH, slow)));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aFailingCheckKeepsNothing() {
        assertThatThrownBy(() -> cache.verify("alice", "right".toCharArray(), HASH, p -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(cache.size()).isZero();
        assertThat(cache.verify("alice", "right".toCharArray(), HASH, check)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new VerifiedPasswords(new byte[16], 3, Duration.ofMinutes(1), clock))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
