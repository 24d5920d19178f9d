package io.remoteassist.server.policy;

import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.OuPath;

import java.util.List;

/** A directory as the API shows it: names and paths as text ({@code Sales/Laptops}, {@code ou:Sales}). */
public record DirectoryJson(String id, String domain, String netbiosName, List<String> sites, List<String> ous,
                            List<Computer> computers, List<User> users, List<Group> groups,
                            List<Container> containers) {

    /** A computer. */
    public record Computer(String fqdn, List<String> ipAddresses, String ou, String site) {
    }

    /** A user. */
    public record User(String accountName, String displayName, String ou) {
    }

    /** A group and its direct members. */
    public record Group(String name, String ou, List<String> members) {
    }

    /** A container with its block-inheritance flag and links. */
    public record Container(String container, boolean blockInheritance, List<Link> links) {
    }

    /** A link of a container, 1 = highest precedence within it. */
    public record Link(String gpoId, int linkOrder, boolean enforced, boolean enabled) {
    }

    static DirectoryJson of(DirectoryView d) {
        return new DirectoryJson(d.id().toString(), d.domain(), d.netbiosName(), d.sites(),
            d.organizationalUnits().stream().map(OuPath::toString).toList(),
            d.computers().stream().map(c -> new Computer(c.fqdn(), c.ipAddresses(), c.ou().toString(), c.site()))
                .toList(),
            d.users().stream().map(u -> new User(u.accountName(), u.displayName(), u.ou().toString())).toList(),
            d.groups().stream().map(g -> new Group(g.name(), g.ou().toString(), g.members())).toList(),
            d.scopes().stream().map(s -> new Container(s.container().toString(), s.blockInheritance(),
                s.links().stream().sorted(java.util.Comparator.comparingInt(l -> l.linkOrder()))
                    .map(l -> new Link(l.policyObject().toString(), l.linkOrder(), l.enforced(), l.enabled()))
                    .toList())).toList());
    }
}
