package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.GroupView;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Group membership of a directory snapshot, nested groups included. Cycles between groups are allowed in the
 * directory and are safe here: each group is visited once. Immutable and thread-safe.
 */
public final class GroupMembership {

    private final String netbiosName;
    private final String dnsName;
    private final Map<String, Set<String>> groupsByMember = new HashMap<>();

    public GroupMembership(DirectoryView directory) {
        this.netbiosName = directory.netbiosName();
        this.dnsName = directory.domain();
        for (GroupView group : directory.groups()) {
            for (String member : group.members()) {
                groupsByMember.computeIfAbsent(lower(member), k -> new HashSet<>()).add(lower(group.name()));
            }
        }
    }

    /** Every group the account belongs to, directly or through nested groups (lower-case names). */
    public Set<String> groupsOf(String accountName) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(groupsByMember.getOrDefault(lower(accountName), Set.of()));
        while (!todo.isEmpty()) {
            String group = todo.pop();
            if (seen.add(group)) {
                todo.addAll(groupsByMember.getOrDefault(group, Set.of()));
            }
        }
        return seen;
    }

    /**
     * The first entry of a list of users and groups that includes the principal: the principal itself or a group
     * it belongs to, directly or nested. Names of another domain match only the same name of that domain.
     *
     * @param principal {@code DOMAIN\name}, {@code name@domain} or {@code name}
     * @param entries   names as a policy lists them
     */
    public Optional<String> matchingEntry(String principal, List<String> entries) {
        PrincipalName who = PrincipalName.parse(principal);
        boolean local = who.isIn(netbiosName, dnsName);
        Set<String> identities = new HashSet<>();
        identities.add(who.accountKey());
        if (local) {
            identities.addAll(groupsOf(who.name()));
        }
        for (String entry : entries) {
            PrincipalName listed = PrincipalName.parse(entry);
            boolean sameDomain = local ? listed.isIn(netbiosName, dnsName)
                    : listed.domain() != null && listed.domain().equalsIgnoreCase(who.domain());
            if (sameDomain && identities.contains(listed.accountKey())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
