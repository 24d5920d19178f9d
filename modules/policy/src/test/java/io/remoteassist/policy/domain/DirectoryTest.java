package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AddGroupMemberCommand;
import io.remoteassist.policy.api.BlockInheritanceChangedEvent;
import io.remoteassist.policy.api.ChangeLinkOrderCommand;
import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ComputerMovedEvent;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.CreateDirectoryCommand;
import io.remoteassist.policy.api.CreateOrganizationalUnitCommand;
import io.remoteassist.policy.api.CreateSiteCommand;
import io.remoteassist.policy.api.CreateUserCommand;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.GroupCreatedEvent;
import io.remoteassist.policy.api.GroupMemberAddedEvent;
import io.remoteassist.policy.api.JoinComputerCommand;
import io.remoteassist.policy.api.LinkEnforcementChangedEvent;
import io.remoteassist.policy.api.LinkOrderChangedEvent;
import io.remoteassist.policy.api.LinkPolicyObjectCommand;
import io.remoteassist.policy.api.MoveComputerCommand;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicyObjectUnlinkedEvent;
import io.remoteassist.policy.api.SetBlockInheritanceCommand;
import io.remoteassist.policy.api.SetLinkEnforcedCommand;
import io.remoteassist.policy.api.SiteCreatedEvent;
import io.remoteassist.policy.api.UnlinkPolicyObjectCommand;
import io.remoteassist.policy.api.UserCreatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class DirectoryTest {

    private static final DirectoryId ID = DirectoryId.DEFAULT;
    private static final OuPath SALES = OuPath.parse("Sales");
    private static final ContainerRef DOMAIN = ContainerRef.domain("contoso.com");
    private static final PolicyObjectId A = ChainSpec.idOf("A");
    private static final PolicyObjectId B = ChainSpec.idOf("B");

    private FixtureConfiguration<Directory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Directory.class);
    }

    @Test
    void creatingADirectoryDerivesTheNetbiosName() {
        fixture.givenNoPriorActivity()
                .when(new CreateDirectoryCommand(ID, "Contoso.COM", null))
                .expectEvents(new DirectoryCreatedEvent(ID, "contoso.com", "CONTOSO"));
    }

    @Test
    void aDomainNameThatIsNotADnsNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateDirectoryCommand(ID, "contoso", null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void creatingAnOuUnderAMissingParentIsRefused() {
        fixture.given(created())
                .when(new CreateOrganizationalUnitCommand(ID, OuPath.parse("Sales/Laptops")))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anOuKeepsItsParentsSpelling() {
        fixture.given(created(), new OrganizationalUnitCreatedEvent(ID, SALES))
                .when(new CreateOrganizationalUnitCommand(ID, OuPath.parse("sales/Laptops")))
                .expectEvents(new OrganizationalUnitCreatedEvent(ID, OuPath.parse("Sales/Laptops")));
    }

    @Test
    void aDuplicateSiteIsRefused() {
        fixture.given(created(), new SiteCreatedEvent(ID, "Paris"))
                .when(new CreateSiteCommand(ID, "PARIS"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void joiningAComputerPublishesItsAddressesOuAndSite() {
        fixture.given(created(), new OrganizationalUnitCreatedEvent(ID, SALES), new SiteCreatedEvent(ID, "Paris"))
                .when(new JoinComputerCommand(ID, "PC1.contoso.com", List.of("10.0.0.5", "fe80::1"), SALES, "paris"))
                .expectEvents(new ComputerJoinedEvent(ID, "pc1.contoso.com", List.of("10.0.0.5", "fe80::1"), SALES,
                        "Paris"));
    }

    @Test
    void joiningWithAnInvalidAddressIsRefused() {
        fixture.given(created())
                .when(new JoinComputerCommand(ID, "pc1.contoso.com", List.of("10.0.0.256"), OuPath.ROOT, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void movingAComputerPublishesBothOus() {
        fixture.given(created(), new OrganizationalUnitCreatedEvent(ID, SALES),
                        new ComputerJoinedEvent(ID, "pc1.contoso.com", List.of(), OuPath.ROOT, null))
                .when(new MoveComputerCommand(ID, "pc1.contoso.com", SALES))
                .expectEvents(new ComputerMovedEvent(ID, "pc1.contoso.com", OuPath.ROOT, SALES));
    }

    @Test
    void usersAndGroupsShareOneNamespace() {
        fixture.given(created(), new GroupCreatedEvent(ID, "HelpDesk", OuPath.ROOT))
                .when(new CreateUserCommand(ID, "helpdesk", null, OuPath.ROOT))
                .expectException(IllegalStateException.class);
    }

    @Test
    void aUserWithoutDisplayNameIsShownByAccountName() {
        fixture.given(created())
                .when(new CreateUserCommand(ID, "bob", " ", null))
                .expectEvents(new UserCreatedEvent(ID, "bob", "bob", OuPath.ROOT));
    }

    @Test
    void addingANestedGroupPublishesTheMembership() {
        fixture.given(created(), new GroupCreatedEvent(ID, "HelpDesk", OuPath.ROOT),
                        new GroupCreatedEvent(ID, "Tier2", OuPath.ROOT))
                .when(new AddGroupMemberCommand(ID, "helpdesk", "TIER2"))
                .expectEvents(new GroupMemberAddedEvent(ID, "HelpDesk", "Tier2"));
    }

    @Test
    void aGroupCannotBeItsOwnMember() {
        fixture.given(created(), new GroupCreatedEvent(ID, "HelpDesk", OuPath.ROOT))
                .when(new AddGroupMemberCommand(ID, "HelpDesk", "HelpDesk"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void addingAnUnknownMemberIsRefused() {
        fixture.given(created(), new GroupCreatedEvent(ID, "HelpDesk", OuPath.ROOT))
                .when(new AddGroupMemberCommand(ID, "HelpDesk", "nobody"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void blockingInheritanceOnAnOuPublishesTheFlag() {
        fixture.given(created(), new OrganizationalUnitCreatedEvent(ID, SALES))
                .when(new SetBlockInheritanceCommand(ID, ContainerRef.ou(SALES), true))
                .expectEvents(new BlockInheritanceChangedEvent(ID, ContainerRef.ou(SALES), true));
    }

    @Test
    void blockingInheritanceOnASiteIsRefused() {
        fixture.given(created(), new SiteCreatedEvent(ID, "Paris"))
                .when(new SetBlockInheritanceCommand(ID, ContainerRef.site("Paris"), true))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aLinkWithoutOrderIsAppended() {
        fixture.given(created(), linked(A, 1))
                .when(new LinkPolicyObjectCommand(ID, DOMAIN, B, 0, true, true))
                .expectEvents(new PolicyObjectLinkedEvent(ID, DOMAIN, B, 2, true, true));
    }

    @Test
    void linkingTheSameObjectTwiceToAContainerIsRefused() {
        fixture.given(created(), linked(A, 1))
                .when(new LinkPolicyObjectCommand(ID, DOMAIN, A, 0, false, true))
                .expectException(IllegalStateException.class);
    }

    @Test
    void aLinkOrderBeyondTheEndIsRefused() {
        fixture.given(created(), linked(A, 1))
                .when(new LinkPolicyObjectCommand(ID, DOMAIN, B, 3, false, true))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void linkingToAMissingOuIsRefused() {
        fixture.given(created())
                .when(new LinkPolicyObjectCommand(ID, ContainerRef.ou(SALES), A, 0, false, true))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void movingALinkPublishesBothPositions() {
        fixture.given(created(), linked(A, 1), linked(B, 2))
                .when(new ChangeLinkOrderCommand(ID, DOMAIN, B, 1))
                .expectEvents(new LinkOrderChangedEvent(ID, DOMAIN, B, 2, 1));
    }

    @Test
    void aLinkInsertedAtTheTopPushesTheOthersDown() {
        fixture.given(created(), linked(A, 1), new PolicyObjectLinkedEvent(ID, DOMAIN, B, 1, false, true))
                .when(new UnlinkPolicyObjectCommand(ID, DOMAIN, A))
                .expectEvents(new PolicyObjectUnlinkedEvent(ID, DOMAIN, A, 2));
    }

    @Test
    void enforcingALinkPublishesTheFlag() {
        fixture.given(created(), linked(A, 1))
                .when(new SetLinkEnforcedCommand(ID, DOMAIN, A, true))
                .expectEvents(new LinkEnforcementChangedEvent(ID, DOMAIN, A, true));
    }

    @Test
    void enforcingAnEnforcedLinkChangesNothing() {
        fixture.given(created(), linked(A, 1), new LinkEnforcementChangedEvent(ID, DOMAIN, A, true))
                .when(new SetLinkEnforcedCommand(ID, DOMAIN, A, true))
                .expectNoEvents();
    }

    private static DirectoryCreatedEvent created() {
        return new DirectoryCreatedEvent(ID, "contoso.com", "CONTOSO");
    }

    private static PolicyObjectLinkedEvent linked(PolicyObjectId id, int order) {
        return new PolicyObjectLinkedEvent(ID, DOMAIN, id, order, false, true);
    }
}
