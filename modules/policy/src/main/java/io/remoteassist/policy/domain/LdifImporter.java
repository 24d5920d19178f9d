package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AddGroupMemberCommand;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.CreateGroupCommand;
import io.remoteassist.policy.api.CreateOrganizationalUnitCommand;
import io.remoteassist.policy.api.CreateSiteCommand;
import io.remoteassist.policy.api.CreateUserCommand;
import io.remoteassist.policy.api.DirectoryCommand;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.JoinComputerCommand;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.SetBlockInheritanceCommand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an LDIF export of a domain into directory commands. A pure function: either every command, in an order
 * the {@code Directory} accepts (sites, OUs parents first, users, groups, computers, memberships, block
 * inheritance), or an {@link LdifParseException} naming the line, and nothing to apply.
 *
 * <p>Understood: {@code organizationalUnit} (and {@code gPOptions: 1}, block inheritance, also on the domain
 * object), {@code user}/{@code inetOrgPerson} ({@code sAMAccountName}, {@code displayName}), {@code group}
 * ({@code sAMAccountName}, {@code member}: DNs of users or groups in the same text; computer members are
 * skipped), {@code computer} ({@code dNSHostName}, else {@code cn} + domain; {@code ipHostNumber}), {@code site}
 * under {@code CN=Sites,CN=Configuration}. Objects directly in a container such as {@code CN=Users} are at the
 * domain root. Other object classes are skipped. Every DN must be inside the domain; names, addresses and
 * uniqueness within the text are checked here, while OUs the text refers to without defining must already exist
 * in the directory.
 */
public final class LdifImporter {

    private LdifImporter() {
    }

    /**
     * @param directoryId the directory the commands are for
     * @param domain      the directory's domain DNS name, e.g. {@code contoso.com}
     * @param ldif        the LDIF text
     * @throws LdifParseException at the first problem, with its line
     */
    public static List<DirectoryCommand> toCommands(DirectoryId directoryId, String domain, String ldif) {
        DistinguishedName domainDn = DistinguishedName.ofDomain(DirectoryNames.dnsName(domain, "domain"));
        List<DirectoryCommand> sites = new ArrayList<>();
        List<OuPath> ous = new ArrayList<>();
        List<DirectoryCommand> principals = new ArrayList<>();
        List<DirectoryCommand> computers = new ArrayList<>();
        List<DirectoryCommand> blocks = new ArrayList<>();
        List<LdifEntry> groups = new ArrayList<>();
        Map<String, String> accountsByDn = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (LdifEntry entry : LdifReader.read(ldif)) {
            DistinguishedName dn = parseDn(entry);
            if (seen.put(dn.key(), entry.line()) != null) {
                throw new LdifParseException(entry.line(), "duplicate entry " + entry.dn());
            }
            if (!dn.endsWith(domainDn)) {
                throw new LdifParseException(entry.line(), entry.dn() + " is outside the domain " + domain);
            }
            List<DistinguishedName.Rdn> above = dn.above(domainDn);
            try {
                if (entry.hasClass("site")) {
                    sites.add(new CreateSiteCommand(directoryId, site(above)));
                } else if (above.isEmpty()) {
                    blockInheritance(entry).ifPresent(b -> blocks.add(new SetBlockInheritanceCommand(directoryId,
                            ContainerRef.domain(domain), true)));
                } else if (entry.hasClass("organizationalUnit")) {
                    OuPath path = ouPath(above, 0);
                    ous.add(path);
                    blockInheritance(entry).ifPresent(b -> blocks.add(new SetBlockInheritanceCommand(directoryId,
                            ContainerRef.ou(path), true)));
                } else if (entry.hasClass("computer")) {
                    String fqdn = unique(names, DirectoryNames.dnsName(
                            entry.first("dNSHostName").orElse(above.get(0).value() + "." + domain), "computer name"));
                    List<String> ips = entry.all("ipHostNumber").stream()
                            .map(a -> DirectoryNames.ipAddress(a.value())).toList();
                    computers.add(new JoinComputerCommand(directoryId, fqdn, ips, parentOu(above), null));
                    accountsByDn.put(dn.key(), null);
                } else if (entry.hasClass("group")) {
                    String name = unique(names, account(entry, above));
                    principals.add(new CreateGroupCommand(directoryId, name, parentOu(above)));
                    accountsByDn.put(dn.key(), name);
                    groups.add(entry);
                } else if (entry.hasClass("user") || entry.hasClass("inetOrgPerson")) {
                    String name = unique(names, account(entry, above));
                    principals.add(new CreateUserCommand(directoryId, name, entry.first("displayName").orElse(null),
                            parentOu(above)));
                    accountsByDn.put(dn.key(), name);
                }
            } catch (LdifParseException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new LdifParseException(entry.line(), e.getMessage());
            }
        }
        List<DirectoryCommand> commands = new ArrayList<>(sites);
        ous.stream().sorted(Comparator.comparingInt(o -> o.names().size()))
                .forEach(o -> commands.add(new CreateOrganizationalUnitCommand(directoryId, o)));
        commands.addAll(principals);
        commands.addAll(computers);
        for (LdifEntry group : groups) {
            String groupName = accountsByDn.get(parseDn(group).key());
            for (LdifEntry.Attribute member : group.all("member")) {
                String key = parseDn(member.value(), member.line()).key();
                if (!accountsByDn.containsKey(key)) {
                    throw new LdifParseException(member.line(), "member " + member.value() + " is not in this LDIF");
                }
                if (accountsByDn.get(key) != null) {
                    commands.add(new AddGroupMemberCommand(directoryId, groupName, accountsByDn.get(key)));
                }
            }
        }
        commands.addAll(blocks);
        return commands;
    }

    private static Optional<Boolean> blockInheritance(LdifEntry entry) {
        return entry.first("gPOptions").filter(v -> v.strip().equals("1")).map(v -> true);
    }

    private static String unique(Set<String> names, String name) {
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the name '" + name + "' is used twice");
        }
        return name;
    }

    private static String account(LdifEntry entry, List<DistinguishedName.Rdn> above) {
        return DirectoryNames.account(entry.first("sAMAccountName").orElse(above.get(0).value()));
    }

    private static String site(List<DistinguishedName.Rdn> above) {
        boolean inSites = above.size() == 3 && above.get(1).value().equalsIgnoreCase("Sites")
                && above.get(2).value().equalsIgnoreCase("Configuration");
        if (!inSites) {
            throw new IllegalArgumentException("a site must be CN=<name>,CN=Sites,CN=Configuration,<domain>");
        }
        return above.get(0).value();
    }

    /** The OU holding a leaf object; a single container (CN=Users, CN=Computers...) under the domain is the root. */
    private static OuPath parentOu(List<DistinguishedName.Rdn> above) {
        if (above.size() == 2 && above.get(1).type().equals("cn")) {
            return OuPath.ROOT;
        }
        return ouPath(above, 1);
    }

    private static OuPath ouPath(List<DistinguishedName.Rdn> above, int from) {
        List<String> names = new ArrayList<>();
        for (int i = above.size() - 1; i >= from; i--) {
            if (!above.get(i).type().equals("ou")) {
                DistinguishedName.Rdn rdn = above.get(i);
                throw new IllegalArgumentException("unsupported position: " + rdn.type().toUpperCase(Locale.ROOT)
                        + "=" + rdn.value() + " is not an OU");
            }
            names.add(above.get(i).value());
        }
        return new OuPath(names);
    }

    private static DistinguishedName parseDn(LdifEntry entry) {
        return parseDn(entry.dn(), entry.line());
    }

    private static DistinguishedName parseDn(String dn, int line) {
        try {
            return DistinguishedName.parse(dn);
        } catch (IllegalArgumentException e) {
            throw new LdifParseException(line, e.getMessage());
        }
    }
}
