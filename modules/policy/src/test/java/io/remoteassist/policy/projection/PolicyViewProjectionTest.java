package io.remoteassist.policy.projection;

import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.ListPolicyObjectsQuery;
import io.remoteassist.policy.api.MayCreateInvitationQuery;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.PolicyObjectCreatedEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicySettingChangedEvent;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyViewProjectionTest {

    private static final DirectoryId DIR = DirectoryId.DEFAULT;
    private static final PolicyObjectId GPO = new PolicyObjectId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    private static final OuPath SALES = OuPath.parse("Sales");

    private final AtomicLong head = new AtomicLong(-1);
    private final PolicyViewProjection view = new PolicyViewProjection(head::get);
    private long next;

    private void given(Object... events) {
        for (Object event : events) {
            view.on(event, new GlobalSequenceTrackingToken(next++));
        }
        head.set(next - 1);
    }

    @Test
    void withoutADirectoryEveryComputerGetsTheDefaults() {
        InvitationDecision decision = view.handle(new MayCreateInvitationQuery("pc1.contoso.com", Duration.ofHours(8),
            false));
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.grantedExpiry()).isEqualTo(Duration.ofHours(6));
        assertThat(decision.decision().gpoId()).isNull();
        assertThat(view.handle(new FindDirectoryQuery(DIR))).isNull();
    }

    @Test
    void aDisabledSolicitedSettingOnTheComputersOuRefusesInvitations() {
        given(new DirectoryCreatedEvent(DIR, "contoso.com", "CONTOSO"),
            new OrganizationalUnitCreatedEvent(DIR, SALES),
            new ComputerJoinedEvent(DIR, "pc1.contoso.com", List.of("10.0.0.5"), SALES, null),
            new PolicyObjectCreatedEvent(GPO, "No RA", "admin"),
            new PolicySettingChangedEvent(GPO, SettingKey.SOLICITED, SettingValue.notConfigured(SettingKey.SOLICITED),
                SettingValue.disabled(SettingKey.SOLICITED), "admin", 1),
            new PolicyObjectLinkedEvent(DIR, ContainerRef.ou(SALES), GPO, 1, false, true));

        InvitationDecision decision = view.handle(new MayCreateInvitationQuery("10.0.0.5", Duration.ofHours(1), false));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.decision().gpoName()).isEqualTo("No RA");
        assertThat(view.handle(new ListPolicyObjectsQuery())).hasSize(1);
        assertThat(view.position()).isEqualTo(5);
    }

    @Test
    void eventsTheModelIgnoresStillMoveItsPosition() {
        given("an event of another module");
        assertThat(view.position()).isZero();
    }

    @Test
    void aQueryWaitsForTheEventsAlreadyStored() throws InterruptedException {
        head.set(0);
        Thread late = new Thread(() -> view.on(new DirectoryCreatedEvent(DIR, "contoso.com", "CONTOSO"),
            new GlobalSequenceTrackingToken(0)));
        late.start();
        assertThat(view.handle(new FindDirectoryQuery(DIR))).isNotNull();
        late.join();
    }

    @Test
    void aQueryForWhatTheViewHoldsDoesNotWaitForTheStore() {
        given(new DirectoryCreatedEvent(DIR, "contoso.com", "CONTOSO"),
            new OrganizationalUnitCreatedEvent(DIR, SALES),
            new ComputerJoinedEvent(DIR, "pc1.contoso.com", List.of("10.0.0.5"), SALES, null));
        head.set(next + 1000); // stored but never applied: a query for the latest would time out

        long started = System.nanoTime();
        assertThat(view.handle(new FindDirectoryQuery(DIR, false)).computers()).hasSize(1);
        ResultantSetOfPolicy rsop = view.handle(new FindResultantSetOfPolicyQuery("10.0.0.5", false));
        assertThat(rsop.computer()).isEqualTo("pc1.contoso.com");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PolicyViewProjection.CATCH_UP_TIMEOUT);
    }

    @Test
    void eventsOfOtherModulesKeepTheAnswersItHolds() {
        given(new DirectoryCreatedEvent(DIR, "contoso.com", "CONTOSO"));
        var before = view.queries();
        given("an event of another module", "and another");
        assertThat(view.queries()).isSameAs(before);
        given(new OrganizationalUnitCreatedEvent(DIR, SALES));
        assertThat(view.queries()).isNotSameAs(before);
    }
}
