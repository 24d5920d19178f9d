package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.CreatePolicyObjectCommand;
import io.remoteassist.policy.api.DeletePolicyObjectCommand;
import io.remoteassist.policy.api.DisablePolicyObjectCommand;
import io.remoteassist.policy.api.EnablePolicyObjectCommand;
import io.remoteassist.policy.api.PolicyObjectCreatedEvent;
import io.remoteassist.policy.api.PolicyObjectDeletedEvent;
import io.remoteassist.policy.api.PolicyObjectDisabledEvent;
import io.remoteassist.policy.api.PolicyObjectEnabledEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectRenamedEvent;
import io.remoteassist.policy.api.PolicySettingChangedEvent;
import io.remoteassist.policy.api.RenamePolicyObjectCommand;
import io.remoteassist.policy.api.SetPolicySettingCommand;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

class PolicyObjectTest {

    private static final PolicyObjectId ID = new PolicyObjectId(UUID.fromString("6ac7e0c1-0d53-4b4e-9d0c-3a1f1ad3a001"));
    private static final SettingValue VIEW_ONLY = SettingText.parse("solicited enabled control=view maxTicket=2h");

    private FixtureConfiguration<PolicyObject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyObject.class);
    }

    @Test
    void creatingAPolicyObjectPublishesItCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyObjectCommand(ID, "  Help desk  ", "admin"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PolicyObjectCreatedEvent(ID, "Help desk", "admin"));
    }

    @Test
    void creatingWithABlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyObjectCommand(ID, " ", "admin"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aChangeWithoutAnActorIsRefused() {
        fixture.given(created())
                .when(new RenamePolicyObjectCommand(ID, "Other", " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void renamingPublishesOldAndNewNameWithTheNextVersion() {
        fixture.given(created())
                .when(new RenamePolicyObjectCommand(ID, "Kiosks", "admin"))
                .expectEvents(new PolicyObjectRenamedEvent(ID, "Help desk", "Kiosks", "admin", 1));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        fixture.given(created())
                .when(new RenamePolicyObjectCommand(ID, "Help desk", "admin"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void settingAValuePublishesOldAndCanonicalNewValue() {
        SettingValue raw = SettingValue.enabled(SettingKey.SOLICITED, Map.of("control", "VIEW", "maxTicket", "2h"));

        fixture.given(created())
                .when(new SetPolicySettingCommand(ID, raw, "alice"))
                .expectEvents(new PolicySettingChangedEvent(ID, SettingKey.SOLICITED,
                        SettingValue.notConfigured(SettingKey.SOLICITED), VIEW_ONLY, "alice", 1));
    }

    @Test
    void changingASettingAgainCarriesThePreviousValueAndVersion() {
        SettingValue disabled = SettingValue.disabled(SettingKey.SOLICITED);

        fixture.given(created(), changed(VIEW_ONLY, 1))
                .when(new SetPolicySettingCommand(ID, disabled, "bob"))
                .expectEvents(new PolicySettingChangedEvent(ID, SettingKey.SOLICITED, VIEW_ONLY, disabled, "bob", 2));
    }

    @Test
    void settingTheSameValueAgainChangesNothing() {
        fixture.given(created(), changed(VIEW_ONLY, 1))
                .when(new SetPolicySettingCommand(ID, VIEW_ONLY, "bob"))
                .expectNoEvents();
    }

    @Test
    void settingNotConfiguredRemovesTheSetting() {
        SettingValue none = SettingValue.notConfigured(SettingKey.SOLICITED);

        fixture.given(created(), changed(VIEW_ONLY, 1))
                .when(new SetPolicySettingCommand(ID, none, "bob"))
                .expectEvents(new PolicySettingChangedEvent(ID, SettingKey.SOLICITED, VIEW_ONLY, none, "bob", 2));
    }

    @Test
    void anInvalidValueIsRefusedWithoutAnEvent() {
        SettingValue wrong = SettingValue.enabled(SettingKey.BANDWIDTH, Map.of("level", "turbo"));

        fixture.given(created())
                .when(new SetPolicySettingCommand(ID, wrong, "alice"))
                .expectException(SettingValidationException.class)
                .expectExceptionMessage(Matchers.containsString("bandwidth"))
                .expectNoEvents();
    }

    @Test
    void disablingAnEnabledPolicyObjectPublishesItDisabled() {
        fixture.given(created())
                .when(new DisablePolicyObjectCommand(ID, "alice"))
                .expectEvents(new PolicyObjectDisabledEvent(ID, "alice", 1));
    }

    @Test
    void enablingAnEnabledPolicyObjectChangesNothing() {
        fixture.given(created())
                .when(new EnablePolicyObjectCommand(ID, "alice"))
                .expectNoEvents();
    }

    @Test
    void enablingADisabledPolicyObjectPublishesItEnabled() {
        fixture.given(created(), new PolicyObjectDisabledEvent(ID, "alice", 1))
                .when(new EnablePolicyObjectCommand(ID, "alice"))
                .expectEvents(new PolicyObjectEnabledEvent(ID, "alice", 2));
    }

    @Test
    void deletingPublishesItDeleted() {
        fixture.given(created())
                .when(new DeletePolicyObjectCommand(ID, "alice"))
                .expectEvents(new PolicyObjectDeletedEvent(ID, "alice"));
    }

    @Test
    void aDeletedPolicyObjectAcceptsNoCommand() {
        fixture.given(created(), new PolicyObjectDeletedEvent(ID, "alice"))
                .when(new RenamePolicyObjectCommand(ID, "Again", "alice"))
                .expectException(AggregateDeletedException.class);
    }

    private static PolicyObjectCreatedEvent created() {
        return new PolicyObjectCreatedEvent(ID, "Help desk", "admin");
    }

    private static PolicySettingChangedEvent changed(SettingValue value, long version) {
        return new PolicySettingChangedEvent(ID, value.setting(), SettingValue.notConfigured(value.setting()), value,
                "admin", version);
    }
}
