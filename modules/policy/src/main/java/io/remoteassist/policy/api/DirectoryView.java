package io.remoteassist.policy.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a directory: the domain, its sites, OUs, computers, users, groups and, for every
 * container, its policy links and block-inheritance flag.
 *
 * @param id                  the directory id
 * @param domain              the domain's DNS name, e.g. {@code contoso.com}
 * @param netbiosName         the domain's NetBIOS name, e.g. {@code CONTOSO}
 * @param sites               site names
 * @param organizationalUnits every OU, parents before children
 * @param computers           computers
 * @param users               users
 * @param groups              groups
 * @param scopes              the domain, every site and every OU with their links and flags
 */
public record DirectoryView(DirectoryId id, String domain, String netbiosName, List<String> sites,
                            List<OuPath> organizationalUnits, List<ComputerView> computers, List<UserView> users,
                            List<GroupView> groups, List<ScopeOfManagement> scopes) {

    public DirectoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(netbiosName, "netbiosName");
        sites = List.copyOf(sites);
        organizationalUnits = List.copyOf(organizationalUnits);
        computers = List.copyOf(computers);
        users = List.copyOf(users);
        groups = List.copyOf(groups);
        scopes = List.copyOf(scopes);
    }

    /** Finds a computer by FQDN (ignoring case) or by one of its IP addresses. */
    public Optional<ComputerView> findComputer(String fqdnOrAddress) {
        String wanted = fqdnOrAddress.strip().toLowerCase(Locale.ROOT);
        return computers.stream()
                .filter(c -> c.fqdn().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.ipAddresses().stream().anyMatch(ip -> ip.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    /** Finds a group by account name, ignoring case. */
    public Optional<GroupView> findGroup(String name) {
        return groups.stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The scope of a container; an empty one when the container has no links and no flag. */
    public ScopeOfManagement scope(ContainerRef container) {
        return scopes.stream()
                .filter(s -> s.container().key().equals(container.key()))
                .findFirst()
                .orElse(ScopeOfManagement.empty(container));
    }
}
