package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.DirectoryEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.PolicyObjectCreatedEvent;
import io.remoteassist.policy.api.PolicyObjectDeletedEvent;
import io.remoteassist.policy.api.PolicyObjectDisabledEvent;
import io.remoteassist.policy.api.PolicyObjectEnabledEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectRenamedEvent;
import io.remoteassist.policy.api.PolicyObjectView;
import io.remoteassist.policy.api.PolicySettingChangedEvent;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory fold of the policy events of one directory and of every policy object, from which
 * {@link PolicyQueries} answer. Plain code with no framework: a projection feeds it events in order. Not
 * thread-safe; snapshots ({@link #directory()}, {@link #queries()}) are immutable.
 */
public final class PolicyReadModel {

    private final DirectoryId directoryId;
    private final DirectoryState directory = new DirectoryState();
    private final Map<PolicyObjectId, PolicyObjectView> policyObjects = new LinkedHashMap<>();

    public PolicyReadModel(DirectoryId directoryId) {
        this.directoryId = directoryId;
    }

    /** Applies one event; events of other directories and unrelated objects are ignored. */
    public void on(Object event) {
        if (event instanceof DirectoryEvent e) {
            if (e.directoryId().equals(directoryId)) {
                directory.apply(e);
            }
        } else if (event instanceof PolicyObjectCreatedEvent e) {
            policyObjects.put(e.id(), new PolicyObjectView(e.id(), e.name(), true, 0, Map.of()));
        } else if (event instanceof PolicyObjectRenamedEvent e) {
            policyObjects.computeIfPresent(e.id(), (k, p) -> new PolicyObjectView(k, e.newName(), p.enabled(),
                    e.version(), p.settings()));
        } else if (event instanceof PolicyObjectEnabledEvent e) {
            policyObjects.computeIfPresent(e.id(), (k, p) -> new PolicyObjectView(k, p.name(), true, e.version(),
                    p.settings()));
        } else if (event instanceof PolicyObjectDisabledEvent e) {
            policyObjects.computeIfPresent(e.id(), (k, p) -> new PolicyObjectView(k, p.name(), false, e.version(),
                    p.settings()));
        } else if (event instanceof PolicySettingChangedEvent e) {
            policyObjects.computeIfPresent(e.id(), (k, p) -> new PolicyObjectView(k, p.name(), p.enabled(),
                    e.version(), withSetting(p.settings(), e.newValue())));
        } else if (event instanceof PolicyObjectDeletedEvent e) {
            policyObjects.remove(e.id());
        }
    }

    /** The directory snapshot, if the directory was created. */
    public Optional<DirectoryView> directory() {
        return directory.id() == null ? Optional.empty() : Optional.of(directory.toView());
    }

    public Optional<PolicyObjectView> policyObject(PolicyObjectId id) {
        return Optional.ofNullable(policyObjects.get(id));
    }

    /** Every policy object, ordered by name. */
    public List<PolicyObjectView> policyObjects() {
        return policyObjects.values().stream()
                .sorted(Comparator.comparing(PolicyObjectView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The query answers over the current state.
     *
     * @throws IllegalStateException when the directory was not created yet
     */
    public PolicyQueries queries() {
        DirectoryView view = directory().orElseThrow(() -> new IllegalStateException("no directory " + directoryId));
        return new PolicyQueries(view, policyObjects);
    }

    private static Map<SettingKey, SettingValue> withSetting(Map<SettingKey, SettingValue> settings,
                                                             SettingValue value) {
        Map<SettingKey, SettingValue> copy = new EnumMap<>(SettingKey.class);
        copy.putAll(settings);
        if (value.isConfigured()) {
            copy.put(value.setting(), value);
        } else {
            copy.remove(value.setting());
        }
        return copy;
    }
}
