package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ComputerPolicyId;
import io.remoteassist.policy.api.PolicyAppliedEvent;
import io.remoteassist.policy.api.RecordPolicyAppliedCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ComputerPolicyTest {

    private static final String PC = "pc1.contoso.com";
    private static final ComputerPolicyId ID = ComputerPolicyId.of(PC);
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2025-03-01T11:30:00Z");

    private FixtureConfiguration<ComputerPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComputerPolicy.class);
    }

    @Test
    void theFirstAcknowledgementRecordsTheVersionWithoutAPreviousOne() {
        fixture.givenNoPriorActivity()
                .when(new RecordPolicyAppliedCommand(ID, PC, "a1b2c3", T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PolicyAppliedEvent(ID, PC, "a1b2c3", null, T0));
    }

    @Test
    void aNewVersionNamesTheOneItReplaces() {
        fixture.given(new PolicyAppliedEvent(ID, PC, "a1b2c3", null, T0))
                .when(new RecordPolicyAppliedCommand(ID, PC, "d4e5f6", T1))
                .expectEvents(new PolicyAppliedEvent(ID, PC, "d4e5f6", "a1b2c3", T1));
    }

    @Test
    void acknowledgingTheVersionAlreadyAppliedPublishesNothing() {
        fixture.given(new PolicyAppliedEvent(ID, PC, "a1b2c3", null, T0))
                .when(new RecordPolicyAppliedCommand(ID, PC, "a1b2c3", T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlankVersionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPolicyAppliedCommand(ID, PC, " ", T0))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anIdOfAnotherComputerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPolicyAppliedCommand(ComputerPolicyId.of("pc2.contoso.com"), PC, "a1b2c3", T0))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theIdIgnoresTheCaseOfTheName() {
        assertThat(ComputerPolicyId.of("PC1.Contoso.COM")).isEqualTo(ID);
    }
}
