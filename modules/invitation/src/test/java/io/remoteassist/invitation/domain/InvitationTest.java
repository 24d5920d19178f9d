package io.remoteassist.invitation.domain;

import io.remoteassist.invitation.api.AcceptInvitationCommand;
import io.remoteassist.invitation.api.AcceptOutcome;
import io.remoteassist.invitation.api.AcceptResult;
import io.remoteassist.invitation.api.AdmitAgentCommand;
import io.remoteassist.invitation.api.CreateInvitationCommand;
import io.remoteassist.invitation.api.DeliverInvitationCommand;
import io.remoteassist.invitation.api.DeliveryChannel;
import io.remoteassist.invitation.api.ExpireInvitationCommand;
import io.remoteassist.invitation.api.InvitationAcceptedEvent;
import io.remoteassist.invitation.api.InvitationCreatedEvent;
import io.remoteassist.invitation.api.InvitationDeliveredEvent;
import io.remoteassist.invitation.api.InvitationDeliveryRefusedEvent;
import io.remoteassist.invitation.api.InvitationExpiredEvent;
import io.remoteassist.invitation.api.InvitationId;
import io.remoteassist.invitation.api.InvitationLockedOutEvent;
import io.remoteassist.invitation.api.InvitationOpeningRefusedEvent;
import io.remoteassist.invitation.api.InvitationPasswordRejectedEvent;
import io.remoteassist.invitation.api.InvitationRevokedEvent;
import io.remoteassist.invitation.api.InvitationStatus;
import io.remoteassist.invitation.api.InvitationTicketRefusedByPolicyEvent;
import io.remoteassist.invitation.api.OpenInvitationCommand;
import io.remoteassist.invitation.api.OpeningCheck;
import io.remoteassist.invitation.api.RefuseUnencryptedTicketCommand;
import io.remoteassist.invitation.api.RejectInvitationPasswordCommand;
import io.remoteassist.invitation.api.RevokeInvitationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class InvitationTest {

    private static final InvitationId ID = InvitationId.parse("7f1c1a52-4a55-4b5c-9a55-0b7d0a4f1e01");
    private static final UUID SESSION = UUID.fromString("1d7c1a52-4a55-4b5c-9a55-0b7d0a4f1e02");
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant EXPIRES = T0.plusSeconds(3600);
    private static final String KEY_HASH = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
    private static final InvitationCreatedEvent CREATED =
        new InvitationCreatedEvent(ID, "alice", "alice-pc.example.test", DeliveryChannel.FILE, T0, EXPIRES,
            KEY_HASH);

    private AggregateTestFixture<Invitation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitation.class);
    }

    @Test
    void creatingAnInvitationRecordsItsDeadline() {
        fixture.givenNoPriorActivity()
            .when(new CreateInvitationCommand(ID, "alice", "alice-pc.example.test", DeliveryChannel.FILE, T0, EXPIRES,
                KEY_HASH))
            .expectSuccessfulHandlerExecution()
            .expectEvents(CREATED);
    }

    @Test
    void anInvitationThatExpiresBeforeItIsCreatedIsRefused() {
        fixture.givenNoPriorActivity()
            .when(new CreateInvitationCommand(ID, "alice", "pc", DeliveryChannel.FILE, T0, T0, KEY_HASH))
            .expectException(IllegalArgumentException.class)
            .expectNoEvents();
    }

    @Test
    void acceptingAnOpenInvitationUsesIt() {
        fixture.given(CREATED)
            .when(new AcceptInvitationCommand(ID, "bob", SESSION, T0.plusSeconds(60)))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.ACCEPTED, "alice", "alice-pc.example.test"))
            .expectEvents(new InvitationAcceptedEvent(ID, "bob", SESSION, T0.plusSeconds(60)));
    }

    @Test
    void acceptingAUsedInvitationIsRefusedWithAnEvent() {
        fixture.given(CREATED, new InvitationAcceptedEvent(ID, "bob", SESSION, T0.plusSeconds(60)))
            .when(new AcceptInvitationCommand(ID, "carol", UUID.randomUUID(), T0.plusSeconds(90)))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.ALREADY_USED, "alice", "alice-pc.example.test"))
            .expectEvents(new InvitationOpeningRefusedEvent(ID, "carol", AcceptOutcome.ALREADY_USED, T0.plusSeconds(90)));
    }

    @Test
    void acceptingAnExpiredInvitationRecordsTheExpiryAndIsRefused() {
        fixture.given(CREATED)
            .when(new AcceptInvitationCommand(ID, "bob", SESSION, EXPIRES))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.EXPIRED, "alice", "alice-pc.example.test"))
            .expectEvents(new InvitationExpiredEvent(ID, EXPIRES, EXPIRES),
                new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.EXPIRED, EXPIRES));
    }

    @Test
    void acceptingARevokedInvitationIsRefused() {
        fixture.given(CREATED, new InvitationRevokedEvent(ID, "alice", "agent closed", T0.plusSeconds(5)))
            .when(new AcceptInvitationCommand(ID, "bob", SESSION, T0.plusSeconds(60)))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.REVOKED, "alice", "alice-pc.example.test"))
            .expectEvents(new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.REVOKED, T0.plusSeconds(60)));
    }

    @Test
    void aWrongPasswordIsCounted() {
        fixture.given(CREATED)
            .when(new RejectInvitationPasswordCommand(ID, "bob", 5, T0.plusSeconds(10)))
            .expectResultMessagePayload(AcceptOutcome.PASSWORD_REJECTED)
            .expectEvents(new InvitationPasswordRejectedEvent(ID, "bob", 1, T0.plusSeconds(10)));
    }

    @Test
    void theFifthWrongPasswordLocksTheInvitation() {
        Instant at = T0.plusSeconds(10);
        fixture.given(CREATED,
                new InvitationPasswordRejectedEvent(ID, "bob", 1, at),
                new InvitationPasswordRejectedEvent(ID, "bob", 2, at),
                new InvitationPasswordRejectedEvent(ID, "bob", 3, at),
                new InvitationPasswordRejectedEvent(ID, "bob", 4, at))
            .when(new RejectInvitationPasswordCommand(ID, "bob", 5, at))
            .expectResultMessagePayload(AcceptOutcome.LOCKED_OUT)
            .expectEvents(new InvitationPasswordRejectedEvent(ID, "bob", 5, at),
                new InvitationLockedOutEvent(ID, "bob", 5, at));
    }

    @Test
    void aLockedInvitationRefusesEvenTheRightPassword() {
        Instant at = T0.plusSeconds(10);
        fixture.given(CREATED, new InvitationLockedOutEvent(ID, "bob", 5, at))
            .when(new AcceptInvitationCommand(ID, "bob", SESSION, at))
            .expectResultMessagePayload(new AcceptResult(AcceptOutcome.LOCKED_OUT, "alice", "alice-pc.example.test"))
            .expectEvents(new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.LOCKED_OUT, at));
    }

    @Test
    void revokingAnOpenInvitationClosesIt() {
        fixture.given(CREATED)
            .when(new RevokeInvitationCommand(ID, "alice", "agent closed", T0.plusSeconds(5)))
            .expectResultMessagePayload(InvitationStatus.REVOKED)
            .expectEvents(new InvitationRevokedEvent(ID, "alice", "agent closed", T0.plusSeconds(5)));
    }

    @Test
    void revokingAUsedInvitationChangesNothing() {
        fixture.given(CREATED, new InvitationAcceptedEvent(ID, "bob", SESSION, T0.plusSeconds(60)))
            .when(new RevokeInvitationCommand(ID, "alice", null, T0.plusSeconds(70)))
            .expectResultMessagePayload(InvitationStatus.ACCEPTED)
            .expectNoEvents();
    }

    @Test
    void theDeadlineExpiresAnOpenInvitation() {
        fixture.given(CREATED)
            .when(new ExpireInvitationCommand(ID, EXPIRES.plusSeconds(1)))
            .expectEvents(new InvitationExpiredEvent(ID, EXPIRES, EXPIRES.plusSeconds(1)));
    }

    @Test
    void anEarlyExpiryRequestIsIgnored() {
        fixture.given(CREATED)
            .when(new ExpireInvitationCommand(ID, EXPIRES.minusSeconds(1)))
            .expectResultMessagePayload(InvitationStatus.OPEN)
            .expectNoEvents();
    }

    @Test
    void deliveringAnOpenInvitationRecordsTheChannel() {
        fixture.given(CREATED)
            .when(new DeliverInvitationCommand(ID, DeliveryChannel.EMAIL, "bob@example.test", "alice", T0.plusSeconds(5)))
            .expectResultMessagePayload(InvitationStatus.OPEN)
            .expectEvents(new InvitationDeliveredEvent(ID, DeliveryChannel.EMAIL, "bob@example.test", "alice",
                T0.plusSeconds(5)));
    }

    @Test
    void deliveringAnExpiredInvitationIsRefusedWithAnEvent() {
        fixture.given(CREATED)
            .when(new DeliverInvitationCommand(ID, DeliveryChannel.FILE, "/media/usb", "alice", EXPIRES))
            .expectResultMessagePayload(InvitationStatus.EXPIRED)
            .expectEvents(new InvitationExpiredEvent(ID, EXPIRES, EXPIRES),
                new InvitationDeliveryRefusedEvent(ID, DeliveryChannel.FILE, "alice", InvitationStatus.EXPIRED, EXPIRES));
    }

    @Test
    void theRegisteredAgentIsAdmittedWithTheStatus() {
        fixture.given(CREATED)
            .when(new AdmitAgentCommand(ID, KEY_HASH, T0.plusSeconds(5)))
            .expectResultMessagePayload(InvitationStatus.OPEN)
            .expectNoEvents();
    }

    @Test
    void anotherKeyIsNotTheAgent() {
        fixture.given(CREATED)
            .when(new AdmitAgentCommand(ID, "AAAA" + KEY_HASH.substring(4), T0.plusSeconds(5)))
            .expectException(IllegalArgumentException.class)
            .expectNoEvents();
    }

    @Test
    void anInvitationRegisteredBeforeAgentKeysHasNoAgent() {
        fixture.given(new InvitationCreatedEvent(ID, "alice", "pc", DeliveryChannel.FILE, T0, EXPIRES, null))
            .when(new AdmitAgentCommand(ID, null, T0.plusSeconds(5)))
            .expectException(IllegalArgumentException.class);
    }

    @Test
    void aHelperMayTryAnOpenInvitation() {
        fixture.given(CREATED)
            .when(new OpenInvitationCommand(ID, "bob", T0.plusSeconds(5)))
            .expectResultMessagePayload(new OpeningCheck(InvitationStatus.OPEN, "alice-pc.example.test"))
            .expectNoEvents();
    }

    @Test
    void aHelperTryingAnExpiredInvitationIsRefusedWithTheReason() {
        fixture.given(CREATED)
            .when(new OpenInvitationCommand(ID, "bob", EXPIRES.plusSeconds(1)))
            .expectResultMessagePayload(new OpeningCheck(InvitationStatus.EXPIRED, "alice-pc.example.test"))
            .expectEvents(new InvitationExpiredEvent(ID, EXPIRES, EXPIRES.plusSeconds(1)),
                new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.EXPIRED, EXPIRES.plusSeconds(1)));
    }

    @Test
    void aHelperTryingALockedInvitationIsRefusedWithoutAPasswordCheck() {
        Instant at = T0.plusSeconds(5);
        fixture.given(CREATED, new InvitationLockedOutEvent(ID, "bob", 5, at))
            .when(new OpenInvitationCommand(ID, "bob", at))
            .expectResultMessagePayload(new OpeningCheck(InvitationStatus.LOCKED_OUT, "alice-pc.example.test"))
            .expectEvents(new InvitationOpeningRefusedEvent(ID, "bob", AcceptOutcome.LOCKED_OUT, at));
    }

    @Test
    void anUnencryptedTicketRefusedByPolicyIsRecordedAndTheInvitationStaysOpen() {
        Instant at = T0.plusSeconds(5);
        fixture.given(CREATED)
            .when(new RefuseUnencryptedTicketCommand(ID, "bob", "vista-only", "g1", "Vista only",
                "only encrypted invitations are allowed", at))
            .expectEvents(new InvitationTicketRefusedByPolicyEvent(ID, "bob", "vista-only", "g1", "Vista only",
                "only encrypted invitations are allowed", at));
    }
}
