package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.BlockInheritanceChangedEvent;
import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ComputerMovedEvent;
import io.remoteassist.policy.api.ComputerSiteChangedEvent;
import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.ContainerKind;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.GpoLink;
import io.remoteassist.policy.api.GroupCreatedEvent;
import io.remoteassist.policy.api.GroupMemberAddedEvent;
import io.remoteassist.policy.api.GroupMemberRemovedEvent;
import io.remoteassist.policy.api.GroupView;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.ScopeOfManagement;
import io.remoteassist.policy.api.SiteCreatedEvent;
import io.remoteassist.policy.api.UserCreatedEvent;
import io.remoteassist.policy.api.UserView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one directory, rebuilt from its events. The {@code Directory} aggregate keeps one to check
 * commands; a read model can keep one too and take {@link #toView()} snapshots. Names are looked up ignoring
 * case and kept as first written. Not thread-safe.
 */
public final class DirectoryState {

    private DirectoryId id;
    private String domain;
    private String netbiosName;
    private final Map<String, String> sites = new LinkedHashMap<>();
    private final Map<String, OuPath> ous = new LinkedHashMap<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, ComputerView> computers = new LinkedHashMap<>();
    private final Map<String, UserView> users = new LinkedHashMap<>();
    private final Map<String, GroupView> groups = new LinkedHashMap<>();
    private final PolicyLinks links = new PolicyLinks();

    /** Applies one directory event; other objects are ignored. */
    public void apply(Object event) {
        if (event instanceof DirectoryCreatedEvent e) {
            id = e.directoryId();
            domain = e.domain();
            netbiosName = e.netbiosName();
        } else if (event instanceof SiteCreatedEvent e) {
            sites.put(key(e.site()), e.site());
        } else if (event instanceof OrganizationalUnitCreatedEvent e) {
            ous.put(e.path().key(), e.path());
        } else if (event instanceof BlockInheritanceChangedEvent e) {
            if (e.blocked()) {
                blocked.add(e.container().key());
            } else {
                blocked.remove(e.container().key());
            }
        } else if (event instanceof ComputerJoinedEvent e) {
            computers.put(key(e.fqdn()), new ComputerView(e.fqdn(), e.ipAddresses(), e.ou(), e.site()));
        } else if (event instanceof ComputerMovedEvent e) {
            computers.computeIfPresent(key(e.fqdn()),
                    (k, c) -> new ComputerView(c.fqdn(), c.ipAddresses(), e.to(), c.site()));
        } else if (event instanceof ComputerSiteChangedEvent e) {
            computers.computeIfPresent(key(e.fqdn()),
                    (k, c) -> new ComputerView(c.fqdn(), c.ipAddresses(), c.ou(), e.to()));
        } else if (event instanceof UserCreatedEvent e) {
            users.put(key(e.accountName()), new UserView(e.accountName(), e.displayName(), e.ou()));
        } else if (event instanceof GroupCreatedEvent e) {
            groups.put(key(e.name()), new GroupView(e.name(), e.ou(), List.of()));
        } else if (event instanceof GroupMemberAddedEvent e) {
            groups.computeIfPresent(key(e.group()), (k, g) -> withMembers(g, e.member(), true));
        } else if (event instanceof GroupMemberRemovedEvent e) {
            groups.computeIfPresent(key(e.group()), (k, g) -> withMembers(g, e.member(), false));
        } else {
            links.apply(event);
        }
    }

    public DirectoryId id() {
        return id;
    }

    public String domain() {
        return domain;
    }

    public String netbiosName() {
        return netbiosName;
    }

    /** The site as first written, if it exists. */
    public Optional<String> site(String name) {
        return Optional.ofNullable(sites.get(key(name)));
    }

    /** The OU as first written, if it exists; the root always exists. */
    public Optional<OuPath> ou(OuPath path) {
        return path.isRoot() ? Optional.of(OuPath.ROOT) : Optional.ofNullable(ous.get(path.key()));
    }

    public Optional<ComputerView> computer(String fqdn) {
        return Optional.ofNullable(computers.get(key(fqdn)));
    }

    public Optional<GroupView> group(String name) {
        return Optional.ofNullable(groups.get(key(name)));
    }

    /** The user or group account name as first written, if it exists. */
    public Optional<String> principal(String name) {
        UserView user = users.get(key(name));
        if (user != null) {
            return Optional.of(user.accountName());
        }
        return group(name).map(GroupView::name);
    }

    /**
     * The canonical reference of an existing site, the domain or an existing OU.
     *
     * @throws IllegalArgumentException when the container does not exist or is a local container
     */
    public ContainerRef container(ContainerRef ref) {
        return switch (ref.kind()) {
            case SITE -> ContainerRef.site(site(ref.name())
                    .orElseThrow(() -> new IllegalArgumentException("no site '" + ref.name() + "'")));
            case DOMAIN -> {
                if (!ref.name().equalsIgnoreCase(domain)) {
                    throw new IllegalArgumentException("no domain '" + ref.name() + "': this directory is " + domain);
                }
                yield ContainerRef.domain(domain);
            }
            case ORGANIZATIONAL_UNIT -> ContainerRef.ou(ou(ref.ouPath())
                    .orElseThrow(() -> new IllegalArgumentException("no OU '" + ref.name() + "'")));
            case LOCAL -> throw new IllegalArgumentException(
                    "local policy belongs to the computer, not to the directory: " + ref);
        };
    }

    public boolean isBlocked(ContainerRef container) {
        return blocked.contains(container.key());
    }

    public PolicyLinks links() {
        return links;
    }

    /** An immutable snapshot. */
    public DirectoryView toView() {
        List<ScopeOfManagement> scopes = new ArrayList<>();
        List<ContainerRef> containers = new ArrayList<>();
        containers.add(ContainerRef.domain(domain));
        sites.values().forEach(s -> containers.add(ContainerRef.site(s)));
        ous.values().forEach(o -> containers.add(ContainerRef.ou(o)));
        for (ContainerRef c : containers) {
            List<GpoLink> l = links.of(c);
            scopes.add(new ScopeOfManagement(c, isBlocked(c) && c.kind() != ContainerKind.SITE, l));
        }
        return new DirectoryView(id, domain, netbiosName, List.copyOf(sites.values()), List.copyOf(ous.values()),
                List.copyOf(computers.values()), List.copyOf(users.values()), List.copyOf(groups.values()), scopes);
    }

    private static GroupView withMembers(GroupView group, String member, boolean add) {
        List<String> members = new ArrayList<>(group.members());
        members.removeIf(m -> m.equalsIgnoreCase(member));
        if (add) {
            members.add(member);
        }
        return new GroupView(group.name(), group.ou(), members);
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
