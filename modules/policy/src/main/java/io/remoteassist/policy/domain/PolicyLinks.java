package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.LinkEnforcementChangedEvent;
import io.remoteassist.policy.api.LinkOrderChangedEvent;
import io.remoteassist.policy.api.LinkStatusChangedEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicyObjectUnlinkedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The policy links of every container of a directory (what Windows keeps in each container's gPLink).
 * Invariant: the links of a container are numbered 1..n without gaps, 1 having the highest precedence, and a
 * policy object is linked at most once per container. Not thread-safe.
 */
public final class PolicyLinks {

    private final Map<String, List<GpoLink>> byContainer = new HashMap<>();

    /** The container's links, by link order. */
    public List<GpoLink> of(ContainerRef container) {
        return List.copyOf(byContainer.getOrDefault(container.key(), List.of()));
    }

    /** The link of a policy object in a container, if linked there. */
    public Optional<GpoLink> find(ContainerRef container, PolicyObjectId policyObject) {
        return of(container).stream().filter(l -> l.policyObject().equals(policyObject)).findFirst();
    }

    void apply(Object event) {
        if (event instanceof PolicyObjectLinkedEvent e) {
            List<GpoLink> list = list(e.container());
            list.add(e.linkOrder() - 1, new GpoLink(e.policyObject(), e.linkOrder(), e.enforced(), e.enabled()));
            renumber(list);
        } else if (event instanceof PolicyObjectUnlinkedEvent e) {
            List<GpoLink> list = list(e.container());
            list.removeIf(l -> l.policyObject().equals(e.policyObject()));
            renumber(list);
        } else if (event instanceof LinkOrderChangedEvent e) {
            List<GpoLink> list = list(e.container());
            GpoLink moved = list.remove(e.from() - 1);
            list.add(e.to() - 1, moved);
            renumber(list);
        } else if (event instanceof LinkEnforcementChangedEvent e) {
            update(e.container(), e.policyObject(),
                    l -> new GpoLink(l.policyObject(), l.linkOrder(), e.enforced(), l.enabled()));
        } else if (event instanceof LinkStatusChangedEvent e) {
            update(e.container(), e.policyObject(),
                    l -> new GpoLink(l.policyObject(), l.linkOrder(), l.enforced(), e.enabled()));
        }
    }

    private List<GpoLink> list(ContainerRef container) {
        return byContainer.computeIfAbsent(container.key(), k -> new ArrayList<>());
    }

    private void update(ContainerRef container, PolicyObjectId policyObject, UnaryOperator<GpoLink> change) {
        list(container).replaceAll(l -> l.policyObject().equals(policyObject) ? change.apply(l) : l);
    }

    private static void renumber(List<GpoLink> list) {
        for (int i = 0; i < list.size(); i++) {
            GpoLink l = list.get(i);
            list.set(i, new GpoLink(l.policyObject(), i + 1, l.enforced(), l.enabled()));
        }
    }
}
