package io.remoteassist.agent.policy;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyClientTest {

    @Test
    void theBackgroundRefreshComesNinetyMinutesPlusUpToThirtyLater() {
        RandomGenerator random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            Duration delay = PolicyClient.nextRefreshDelay(PolicyClient.REFRESH_INTERVAL, PolicyClient.REFRESH_OFFSET,
                random);
            assertThat(delay).isBetween(Duration.ofMinutes(90), Duration.ofMinutes(120));
        }
    }

    @Test
    void theOffsetIsSpreadOverTheWholeHalfHour() {
        RandomGenerator random = new SplittableRandom(11);
        long early = 0;
        long late = 0;
        for (int i = 0; i < 10_000; i++) {
            Duration extra = PolicyClient.nextRefreshDelay(Duration.ZERO, PolicyClient.REFRESH_OFFSET, random);
            early += extra.compareTo(Duration.ofMinutes(5)) < 0 ? 1 : 0;
            late += extra.compareTo(Duration.ofMinutes(25)) > 0 ? 1 : 0;
        }
        assertThat(early).isBetween(1_400L, 1_950L);
        assertThat(late).isBetween(1_400L, 1_950L);
    }

    @Test
    void theEndpointFollowsTheServersSchemeAndPort() {
        assertThat(PolicyClient.endpointOf("http://localhost:8080/"))
            .isEqualTo(URI.create("ws://localhost:8080/agents/policy"));
        assertThat(PolicyClient.endpointOf("https://ra.contoso.com"))
            .isEqualTo(URI.create("wss://ra.contoso.com/agents/policy"));
    }
}
