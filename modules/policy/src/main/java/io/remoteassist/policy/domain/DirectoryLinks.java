package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.ChangeLinkOrderCommand;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.LinkEnforcementChangedEvent;
import io.remoteassist.policy.api.LinkOrderChangedEvent;
import io.remoteassist.policy.api.LinkPolicyObjectCommand;
import io.remoteassist.policy.api.LinkStatusChangedEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicyObjectUnlinkedEvent;
import io.remoteassist.policy.api.SetLinkEnabledCommand;
import io.remoteassist.policy.api.SetLinkEnforcedCommand;
import io.remoteassist.policy.api.UnlinkPolicyObjectCommand;
import org.axonframework.commandhandling.CommandHandler;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The link commands of a {@link Directory}: policy objects are linked to the site, domain and OU containers
 * of the directory (as Windows keeps gPLink on the container), so that one aggregate guards each container's
 * numbering. Whether the linked policy object exists is not checked here (it is another aggregate): a link to
 * a missing policy object is reported as filtered by {@link EffectivePolicyResolver}.
 */
class DirectoryLinks {

    private final DirectoryState state;

    DirectoryLinks(DirectoryState state) {
        this.state = state;
    }

    @CommandHandler
    void handle(LinkPolicyObjectCommand command) {
        ContainerRef container = state.container(command.container());
        PolicyObjectId policyObject = Objects.requireNonNull(command.policyObject(), "policyObject");
        if (state.links().find(container, policyObject).isPresent()) {
            throw new IllegalStateException(policyObject + " is already linked to " + container);
        }
        int count = state.links().of(container).size();
        int order = command.linkOrder() == 0 ? count + 1 : command.linkOrder();
        if (order < 1 || order > count + 1) {
            throw new IllegalArgumentException("link order of a new link on " + container + " must be 1 to "
                    + (count + 1) + " (or 0 to append), got " + command.linkOrder());
        }
        apply(new PolicyObjectLinkedEvent(state.id(), container, policyObject, order, command.enforced(),
                command.enabled()));
    }

    @CommandHandler
    void handle(UnlinkPolicyObjectCommand command) {
        ContainerRef container = state.container(command.container());
        GpoLink link = existing(container, command.policyObject());
        apply(new PolicyObjectUnlinkedEvent(state.id(), container, link.policyObject(), link.linkOrder()));
    }

    @CommandHandler
    void handle(ChangeLinkOrderCommand command) {
        ContainerRef container = state.container(command.container());
        GpoLink link = existing(container, command.policyObject());
        int count = state.links().of(container).size();
        if (command.linkOrder() < 1 || command.linkOrder() > count) {
            throw new IllegalArgumentException("link order on " + container + " must be 1 to " + count
                    + ", got " + command.linkOrder());
        }
        if (command.linkOrder() != link.linkOrder()) {
            apply(new LinkOrderChangedEvent(state.id(), container, link.policyObject(), link.linkOrder(),
                    command.linkOrder()));
        }
    }

    @CommandHandler
    void handle(SetLinkEnforcedCommand command) {
        ContainerRef container = state.container(command.container());
        GpoLink link = existing(container, command.policyObject());
        if (link.enforced() != command.enforced()) {
            apply(new LinkEnforcementChangedEvent(state.id(), container, link.policyObject(), command.enforced()));
        }
    }

    @CommandHandler
    void handle(SetLinkEnabledCommand command) {
        ContainerRef container = state.container(command.container());
        GpoLink link = existing(container, command.policyObject());
        if (link.enabled() != command.enabled()) {
            apply(new LinkStatusChangedEvent(state.id(), container, link.policyObject(), command.enabled()));
        }
    }

    private GpoLink existing(ContainerRef container, PolicyObjectId policyObject) {
        return state.links().find(container, policyObject).orElseThrow(() -> new IllegalArgumentException(
                policyObject + " is not linked to " + container));
    }
}
