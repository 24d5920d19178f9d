package io.remoteassist.server.policy;

import io.remoteassist.policy.api.BlockInheritanceChangedEvent;
import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ComputerMovedEvent;
import io.remoteassist.policy.api.ComputerSiteChangedEvent;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryEvent;
import io.remoteassist.policy.api.GroupCreatedEvent;
import io.remoteassist.policy.api.GroupMemberAddedEvent;
import io.remoteassist.policy.api.GroupMemberRemovedEvent;
import io.remoteassist.policy.api.LinkEnforcementChangedEvent;
import io.remoteassist.policy.api.LinkOrderChangedEvent;
import io.remoteassist.policy.api.LinkStatusChangedEvent;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.PolicyAppliedEvent;
import io.remoteassist.policy.api.PolicyObjectCreatedEvent;
import io.remoteassist.policy.api.PolicyObjectDeletedEvent;
import io.remoteassist.policy.api.PolicyObjectDisabledEvent;
import io.remoteassist.policy.api.PolicyObjectEnabledEvent;
import io.remoteassist.policy.api.PolicyObjectEvent;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicyObjectRenamedEvent;
import io.remoteassist.policy.api.PolicyObjectUnlinkedEvent;
import io.remoteassist.policy.api.PolicySettingChangedEvent;
import io.remoteassist.policy.api.SettingValue;
import io.remoteassist.policy.api.SiteCreatedEvent;
import io.remoteassist.policy.api.UserCreatedEvent;

import java.util.Map;
import java.util.TreeMap;

/**
 * The audit trail's words for policy events: who (the event's actor, or for directory events, which carry none,
 * the {@code actor} metadata of the command) and one line saying what changed.
 */
public final class PolicyEventDescriptions {

    private PolicyEventDescriptions() {
    }

    /** True for the events this class describes. */
    public static boolean describes(Object payload) {
        return payload instanceof PolicyObjectEvent || payload instanceof DirectoryEvent
            || payload instanceof PolicyAppliedEvent;
    }

    /** Who caused the event: its actor, else the command's actor metadata, else {@code system}. */
    public static String actor(Object payload, Map<String, ?> metaData) {
        String actor = switchActor(payload);
        if (actor == null && metaData != null && metaData.get(PolicyGateway.ACTOR) != null) {
            actor = String.valueOf(metaData.get(PolicyGateway.ACTOR));
        }
        return actor == null ? "system" : actor;
    }

    /** One line for people reading the audit trail. */
    public static String summary(Object payload) {
        if (payload instanceof PolicyObjectCreatedEvent e) {
            return "policy object '" + e.name() + "' created";
        } else if (payload instanceof PolicyObjectRenamedEvent e) {
            return "policy object '" + e.oldName() + "' renamed to '" + e.newName() + "'";
        } else if (payload instanceof PolicySettingChangedEvent e) {
            return "policy object " + e.id() + ": " + e.setting().displayName() + " changed from " + text(e.oldValue())
                + " to " + text(e.newValue()) + " (version " + e.version() + ")";
        } else if (payload instanceof PolicyObjectEnabledEvent e) {
            return "policy object " + e.id() + " enabled";
        } else if (payload instanceof PolicyObjectDisabledEvent e) {
            return "policy object " + e.id() + " disabled: it applies nowhere";
        } else if (payload instanceof PolicyObjectDeletedEvent e) {
            return "policy object " + e.id() + " deleted";
        } else if (payload instanceof DirectoryCreatedEvent e) {
            return "directory of domain " + e.domain() + " (" + e.netbiosName() + ") created";
        } else if (payload instanceof SiteCreatedEvent e) {
            return "site " + e.site() + " created";
        } else if (payload instanceof OrganizationalUnitCreatedEvent e) {
            return "OU " + e.path() + " created";
        } else if (payload instanceof BlockInheritanceChangedEvent e) {
            return (e.blocked() ? "inheritance blocked on " : "inheritance no longer blocked on ") + e.container();
        } else if (payload instanceof ComputerJoinedEvent e) {
            return "computer " + e.fqdn() + " " + e.ipAddresses() + " joined OU " + ou(e.ou())
                + (e.site() == null ? "" : " in site " + e.site());
        } else if (payload instanceof ComputerMovedEvent e) {
            return "computer " + e.fqdn() + " moved from OU " + ou(e.from()) + " to " + ou(e.to());
        } else if (payload instanceof ComputerSiteChangedEvent e) {
            return "computer " + e.fqdn() + " moved from site " + e.from() + " to " + e.to();
        } else if (payload instanceof UserCreatedEvent e) {
            return "user " + e.accountName() + " created in OU " + ou(e.ou());
        } else if (payload instanceof GroupCreatedEvent e) {
            return "group " + e.name() + " created in OU " + ou(e.ou());
        } else if (payload instanceof GroupMemberAddedEvent e) {
            return e.member() + " added to group " + e.group();
        } else if (payload instanceof GroupMemberRemovedEvent e) {
            return e.member() + " removed from group " + e.group();
        } else if (payload instanceof PolicyObjectLinkedEvent e) {
            return "policy object " + e.policyObject() + " linked to " + e.container() + " at order " + e.linkOrder()
                + (e.enforced() ? ", enforced" : "") + (e.enabled() ? "" : ", link disabled");
        } else if (payload instanceof PolicyObjectUnlinkedEvent e) {
            return "policy object " + e.policyObject() + " unlinked from " + e.container();
        } else if (payload instanceof LinkOrderChangedEvent e) {
            return "link of policy object " + e.policyObject() + " on " + e.container() + " moved from order "
                + e.from() + " to " + e.to();
        } else if (payload instanceof LinkEnforcementChangedEvent e) {
            return "link of policy object " + e.policyObject() + " on " + e.container()
                + (e.enforced() ? " enforced" : " no longer enforced");
        } else if (payload instanceof LinkStatusChangedEvent e) {
            return "link of policy object " + e.policyObject() + " on " + e.container()
                + (e.enabled() ? " enabled" : " disabled");
        } else if (payload instanceof PolicyAppliedEvent e) {
            return "computer " + e.computer() + " applied policy version " + e.version()
                + (e.previousVersion() == null ? "" : " (was " + e.previousVersion() + ")");
        }
        return payload.getClass().getSimpleName();
    }

    private static String switchActor(Object payload) {
        if (payload instanceof PolicyObjectCreatedEvent e) {
            return e.actor();
        } else if (payload instanceof PolicyObjectRenamedEvent e) {
            return e.actor();
        } else if (payload instanceof PolicySettingChangedEvent e) {
            return e.actor();
        } else if (payload instanceof PolicyObjectEnabledEvent e) {
            return e.actor();
        } else if (payload instanceof PolicyObjectDisabledEvent e) {
            return e.actor();
        } else if (payload instanceof PolicyObjectDeletedEvent e) {
            return e.actor();
        }
        return null;
    }

    private static String text(SettingValue value) {
        StringBuilder out = new StringBuilder(value.state().token());
        new TreeMap<>(value.options()).forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        return out.toString();
    }

    private static String ou(OuPath path) {
        return path.isRoot() ? "(root)" : path.toString();
    }
}
