package io.remoteassist.invitation.domain;

import io.remoteassist.invitation.api.AcceptInvitationCommand;
import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.AcceptResult;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationOpeningRefusedEvent;
import io.remoteassist.invitation.api.InvitationRefusedByPolicyEvent;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.RefuseInvitationCommand;
import io.remoteassist.invitation.api.RevokeInvitationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class InvitationRefusedByPolicyTest {

    private static final InvitationId ID = InvitationId.parse("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e31");
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final String REASON = "Configure Solicited Remote Assistance is disabled by policy object 'No RA'";
    private static final InvitationRefusedByPolicyEvent REFUSED = new InvitationRefusedByPolicyEvent(ID, "alice",
        "alice-pc.contoso.test", "solicited", "5d1c1a52-4a55-4b5c-9a55-0b7d0a4f1e32", "No RA", REASON, T0);

    private AggregateTestFixture<Invitation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitation.class);
    }

    @Test
    void aRefusalByPolicyIsRecordedWithTheSettingAndThePolicyObject() {
        fixture.givenNoPriorActivity()
            .when(new RefuseInvitationCommand(ID, "alice", "alice-pc.contoso.test", "solicited",
                "5d1c1a52-4a55-4b5c-9a55-0b7d0a4f1e32", "No RA", REASON, T0))
            .expectSuccessfulHandlerExecution()
            .expectEvents(REFUSED);
    }

    @Test
    void anInvitationRefusedByPolicyNeverOpens() {
        UUID session = UUID.fromString("1d7c1a52-4a55-4b5c-9a55-0b7d0a4f1e33");
        fixture.given(REFUSED)
            .when(new AcceptInvitationCommand(ID, "bob", session, T0.plusSeconds(5)))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.REFUSED_BY_POLICY, "alice",
                "alice-pc.contoso.test"))
            .expectEvents(new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.REFUSED_BY_POLICY,
                T0.plusSeconds(5)));
    }

    @Test
    void revokingAnInvitationRefusedByPolicyChangesNothing() {
        fixture.given(REFUSED)
            .when(new RevokeInvitationCommand(ID, "alice", null, T0.plusSeconds(5)))
            .expectResultMessagePayload(InvitationStatus.REFUSED_BY_POLICY)
            .expectNoEvents();
    }
}
