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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.EnumMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A group policy object: a name, an enabled flag, a version and the Remote Assistance settings it configures.
 *
 * <p>Invariants: every stored setting value passed {@link SettingsCatalog#validate}; the version grows by one
 * with every change (rename, setting, status) and a command that changes nothing publishes nothing; a deleted
 * policy object accepts no command. Where it is linked is the directory's business (see {@code Directory}).
 */
public class PolicyObject {

    static final int MAX_NAME_LENGTH = 255;

    @AggregateIdentifier
    private PolicyObjectId id;
    private String name;
    private boolean enabled;
    private long version;
    private final Map<SettingKey, SettingValue> settings = new EnumMap<>(SettingKey.class);

    protected PolicyObject() {
        // required by Axon
    }

    @CommandHandler
    public PolicyObject(CreatePolicyObjectCommand command) {
        apply(new PolicyObjectCreatedEvent(command.id(), validName(command.name()), validActor(command.actor())));
    }

    @CommandHandler
    public void handle(RenamePolicyObjectCommand command) {
        String newName = validName(command.name());
        String actor = validActor(command.actor());
        if (!newName.equals(name)) {
            apply(new PolicyObjectRenamedEvent(id, name, newName, actor, version + 1));
        }
    }

    @CommandHandler
    public void handle(SetPolicySettingCommand command) {
        String actor = validActor(command.actor());
        SettingValue newValue = SettingsCatalog.validate(command.value());
        SettingKey key = newValue.setting();
        SettingValue oldValue = settings.getOrDefault(key, SettingValue.notConfigured(key));
        if (!newValue.equals(oldValue)) {
            apply(new PolicySettingChangedEvent(id, key, oldValue, newValue, actor, version + 1));
        }
    }

    @CommandHandler
    public void handle(EnablePolicyObjectCommand command) {
        String actor = validActor(command.actor());
        if (!enabled) {
            apply(new PolicyObjectEnabledEvent(id, actor, version + 1));
        }
    }

    @CommandHandler
    public void handle(DisablePolicyObjectCommand command) {
        String actor = validActor(command.actor());
        if (enabled) {
            apply(new PolicyObjectDisabledEvent(id, actor, version + 1));
        }
    }

    @CommandHandler
    public void handle(DeletePolicyObjectCommand command) {
        apply(new PolicyObjectDeletedEvent(id, validActor(command.actor())));
    }

    @EventSourcingHandler
    void on(PolicyObjectCreatedEvent event) {
        id = event.id();
        name = event.name();
        enabled = true;
        version = 0;
    }

    @EventSourcingHandler
    void on(PolicyObjectRenamedEvent event) {
        name = event.newName();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PolicySettingChangedEvent event) {
        if (event.newValue().isConfigured()) {
            settings.put(event.setting(), event.newValue());
        } else {
            settings.remove(event.setting());
        }
        version = event.version();
    }

    @EventSourcingHandler
    void on(PolicyObjectEnabledEvent event) {
        enabled = true;
        version = event.version();
    }

    @EventSourcingHandler
    void on(PolicyObjectDisabledEvent event) {
        enabled = false;
        version = event.version();
    }

    @EventSourcingHandler
    void on(PolicyObjectDeletedEvent event) {
        markDeleted();
    }

    static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy object needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "a policy object name has at most " + MAX_NAME_LENGTH + " characters and no control characters");
        }
        return stripped;
    }

    static String validActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every change needs an actor for the audit trail");
        }
        return actor.strip();
    }
}
