package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AddGroupMemberCommand;
import io.remoteassist.policy.api.BlockInheritanceChangedEvent;
import io.remoteassist.policy.api.ChangeComputerSiteCommand;
import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ComputerMovedEvent;
import io.remoteassist.policy.api.ComputerSiteChangedEvent;
import io.remoteassist.policy.api.ComputerView;
import io.remoteassist.policy.api.ContainerKind;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.CreateDirectoryCommand;
import io.remoteassist.policy.api.CreateGroupCommand;
import io.remoteassist.policy.api.CreateOrganizationalUnitCommand;
import io.remoteassist.policy.api.CreateSiteCommand;
import io.remoteassist.policy.api.CreateUserCommand;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.GroupCreatedEvent;
import io.remoteassist.policy.api.GroupMemberAddedEvent;
import io.remoteassist.policy.api.GroupMemberRemovedEvent;
import io.remoteassist.policy.api.GroupView;
import io.remoteassist.policy.api.JoinComputerCommand;
import io.remoteassist.policy.api.MoveComputerCommand;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.RemoveGroupMemberCommand;
import io.remoteassist.policy.api.SetBlockInheritanceCommand;
import io.remoteassist.policy.api.SiteCreatedEvent;
import io.remoteassist.policy.api.UserCreatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The directory of one domain: sites, the OU tree, computers, users, groups (nested), and the policy links and
 * block-inheritance flags of its containers (link commands are handled by its member {@link DirectoryLinks}).
 *
 * <p>Invariants: names are unique ignoring case (users and groups share one namespace); an OU's parent exists
 * before it; computers, users and groups live in an existing OU or at the root; a computer's site exists;
 * members exist and a group is never its own direct member (longer cycles are allowed, as in Active Directory,
 * and every reader must be cycle-safe); link rules are those of {@link PolicyLinks}. A command that changes
 * nothing publishes nothing; a command that breaks a rule throws {@link IllegalArgumentException} (bad input)
 * or {@link IllegalStateException} (conflict) and publishes nothing.
 */
public class Directory {

    @AggregateIdentifier
    private DirectoryId id;
    private final DirectoryState state = new DirectoryState();
    @AggregateMember
    private final DirectoryLinks links = new DirectoryLinks(state);

    protected Directory() {
        // required by Axon
    }

    @CommandHandler
    public Directory(CreateDirectoryCommand command) {
        Objects.requireNonNull(command.directoryId(), "directoryId");
        String domain = DirectoryNames.dnsName(command.domain(), "domain");
        apply(new DirectoryCreatedEvent(command.directoryId(), domain,
                DirectoryNames.netbiosName(command.netbiosName(), domain)));
    }

    @CommandHandler
    public void handle(CreateSiteCommand command) {
        String site = DirectoryNames.site(command.site());
        state.site(site).ifPresent(s -> {
            throw new IllegalStateException("site '" + s + "' already exists");
        });
        apply(new SiteCreatedEvent(id, site));
    }

    @CommandHandler
    public void handle(CreateOrganizationalUnitCommand command) {
        OuPath path = Objects.requireNonNull(command.path(), "path");
        if (path.isRoot()) {
            throw new IllegalArgumentException("an OU needs a name");
        }
        state.ou(path).ifPresent(o -> {
            throw new IllegalStateException("OU '" + o + "' already exists");
        });
        OuPath parent = existingOu(path.parent());
        apply(new OrganizationalUnitCreatedEvent(id, parent.child(path.name())));
    }

    @CommandHandler
    public void handle(SetBlockInheritanceCommand command) {
        ContainerRef container = state.container(command.container());
        if (container.kind() == ContainerKind.SITE) {
            throw new IllegalArgumentException("block inheritance applies to the domain or an OU, not to " + container);
        }
        if (state.isBlocked(container) != command.blocked()) {
            apply(new BlockInheritanceChangedEvent(id, container, command.blocked()));
        }
    }

    @CommandHandler
    public void handle(JoinComputerCommand command) {
        String fqdn = DirectoryNames.dnsName(command.fqdn(), "computer name");
        state.computer(fqdn).ifPresent(c -> {
            throw new IllegalStateException("computer '" + c.fqdn() + "' already joined");
        });
        List<String> addresses = new ArrayList<>();
        for (String address : command.ipAddresses() == null ? List.<String>of() : command.ipAddresses()) {
            String ip = DirectoryNames.ipAddress(address);
            if (!addresses.contains(ip)) {
                addresses.add(ip);
            }
        }
        OuPath ou = existingOu(command.ou() == null ? OuPath.ROOT : command.ou());
        apply(new ComputerJoinedEvent(id, fqdn, addresses, ou, existingSite(command.site())));
    }

    @CommandHandler
    public void handle(MoveComputerCommand command) {
        ComputerView computer = existingComputer(command.fqdn());
        OuPath to = existingOu(Objects.requireNonNull(command.ou(), "ou"));
        if (!to.equals(computer.ou())) {
            apply(new ComputerMovedEvent(id, computer.fqdn(), computer.ou(), to));
        }
    }

    @CommandHandler
    public void handle(ChangeComputerSiteCommand command) {
        ComputerView computer = existingComputer(command.fqdn());
        String to = existingSite(command.site());
        if (!Objects.equals(to, computer.site())) {
            apply(new ComputerSiteChangedEvent(id, computer.fqdn(), computer.site(), to));
        }
    }

    @CommandHandler
    public void handle(CreateUserCommand command) {
        String name = newPrincipal(command.accountName());
        String display = command.displayName() == null || command.displayName().isBlank()
                ? name : command.displayName().strip();
        apply(new UserCreatedEvent(id, name, display, existingOu(orRoot(command.ou()))));
    }

    @CommandHandler
    public void handle(CreateGroupCommand command) {
        String name = newPrincipal(command.name());
        apply(new GroupCreatedEvent(id, name, existingOu(orRoot(command.ou()))));
    }

    @CommandHandler
    public void handle(AddGroupMemberCommand command) {
        GroupView group = existingGroup(command.group());
        String member = state.principal(command.member()).orElseThrow(() -> new IllegalArgumentException(
                "no user or group '" + command.member() + "'"));
        if (member.equalsIgnoreCase(group.name())) {
            throw new IllegalArgumentException("group '" + group.name() + "' cannot be a member of itself");
        }
        if (group.members().stream().anyMatch(member::equalsIgnoreCase)) {
            throw new IllegalStateException("'" + member + "' is already a member of '" + group.name() + "'");
        }
        apply(new GroupMemberAddedEvent(id, group.name(), member));
    }

    @CommandHandler
    public void handle(RemoveGroupMemberCommand command) {
        GroupView group = existingGroup(command.group());
        String member = group.members().stream().filter(m -> m.equalsIgnoreCase(command.member())).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "'" + command.member() + "' is not a member of '" + group.name() + "'"));
        apply(new GroupMemberRemovedEvent(id, group.name(), member));
    }

    @EventSourcingHandler
    void on(DirectoryCreatedEvent event) {
        id = event.directoryId();
        state.apply(event);
    }

    @EventSourcingHandler
    void on(Object event) {
        state.apply(event);
    }

    DirectoryState state() {
        return state;
    }

    private OuPath existingOu(OuPath path) {
        return state.ou(path).orElseThrow(() -> new IllegalArgumentException("no OU '" + path + "'"));
    }

    private String existingSite(String site) {
        if (site == null || site.isBlank()) {
            return null;
        }
        return state.site(site).orElseThrow(() -> new IllegalArgumentException("no site '" + site + "'"));
    }

    private ComputerView existingComputer(String fqdn) {
        return state.computer(fqdn).orElseThrow(() -> new IllegalArgumentException("no computer '" + fqdn + "'"));
    }

    private GroupView existingGroup(String name) {
        return state.group(name).orElseThrow(() -> new IllegalArgumentException("no group '" + name + "'"));
    }

    private String newPrincipal(String accountName) {
        String name = DirectoryNames.account(accountName);
        state.principal(name).ifPresent(p -> {
            throw new IllegalStateException("a user or group named '" + p + "' already exists");
        });
        return name;
    }

    private static OuPath orRoot(OuPath ou) {
        return ou == null ? OuPath.ROOT : ou;
    }
}
