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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LdifImporterTest {

    private static final DirectoryId ID = DirectoryId.DEFAULT;

    private static final String EXPORT = """
            version: 1

            # groups come first in the file but are created after the users
            dn: CN=HelpDesk,OU=Staff,DC=contoso,DC=com
            objectClass: top
            objectClass: group
            sAMAccountName: HelpDesk
            member: CN=Bob Smith,OU=Staff,DC=contoso,DC=com
            member: CN=Tier2,CN=Users,DC=contoso,DC=com
            member: CN=PC1,OU=Laptops,OU=Sales,DC=contoso,DC=com

            dn: OU=Laptops,OU=Sales,DC=contoso,DC=com
            objectClass: organizationalUnit
            gPOptions: 1

            dn: OU=Sales,DC=contoso,DC=com
            objectClass: organizationalUnit

            dn: OU=Staff,DC=contoso,DC=com
            objectClass: organizationalUnit

            dn: CN=Bob Smith,OU=Staff,DC=contoso,DC=com
            objectClass: user
            sAMAccountName: bob
            displayName:: Qm9iIFNtaXRo

            dn: CN=Tier2,CN=Users,DC=contoso,DC=com
            objectClass: group

            dn: CN=PC1,OU=Laptops,OU=Sales,DC=contoso,DC=com
            objectClass: user
            objectClass: computer
            dNSHostName: pc1.contoso.com
            ipHostNumber: 10.0.0.5
            ipHostNumber: 10.0.0.6

            dn: CN=PC2,CN=Computers,DC=contoso,DC=com
            objectClass: computer
            description: a long de
             scription folded over two lines

            dn: CN=Paris,CN=Sites,CN=Configuration,DC=contoso,DC=com
            objectClass: site

            dn: CN=Someone,CN=Users,DC=contoso,DC=com
            objectClass: contact
            """;

    @Test
    void anExportBecomesCommandsInAnOrderTheDirectoryAccepts() {
        List<DirectoryCommand> commands = LdifImporter.toCommands(ID, "contoso.com", EXPORT);

        assertThat(commands).containsExactly(
                new CreateSiteCommand(ID, "Paris"),
                new CreateOrganizationalUnitCommand(ID, OuPath.parse("Sales")),
                new CreateOrganizationalUnitCommand(ID, OuPath.parse("Staff")),
                new CreateOrganizationalUnitCommand(ID, OuPath.parse("Sales/Laptops")),
                new CreateGroupCommand(ID, "HelpDesk", OuPath.parse("Staff")),
                new CreateUserCommand(ID, "bob", "Bob Smith", OuPath.parse("Staff")),
                new CreateGroupCommand(ID, "Tier2", OuPath.ROOT),
                new JoinComputerCommand(ID, "pc1.contoso.com", List.of("10.0.0.5", "10.0.0.6"),
                        OuPath.parse("Sales/Laptops"), null),
                new JoinComputerCommand(ID, "pc2.contoso.com", List.of(), OuPath.ROOT, null),
                new AddGroupMemberCommand(ID, "HelpDesk", "bob"),
                new AddGroupMemberCommand(ID, "HelpDesk", "Tier2"),
                new SetBlockInheritanceCommand(ID, ContainerRef.ou(OuPath.parse("Sales/Laptops")), true));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            objectClass: user                                            | 1 | a record must start with dn:
            dn: CN=bob,DC=fabrikam,DC=com\\nobjectClass: user             | 1 | outside the domain contoso.com
            dn: CN=bob,DC=contoso,DC=com\\nchangetype: delete             | 2 | only changetype add
            dn: CN=bob,DC=contoso,DC=com\\nphoto:< file:///tmp/x          | 2 | URL values are not supported
            dn: CN=bob,DC=contoso,DC=com\\nno colon here                  | 2 | expected 'attribute: value'
            dn: CN=g,DC=contoso,DC=com\\nobjectClass: group\\nmember: CN=x,DC=contoso,DC=com | 3 | member CN=x,DC=contoso,DC=com is not in this LDIF
            dn: CN=pc,DC=contoso,DC=com\\nobjectClass: computer\\nipHostNumber: 10.1.1.300 | 1 | invalid IP address
            dn: CN=a,DC=contoso,DC=com\\nobjectClass: user\\n\\ndn: CN=a,DC=contoso,DC=com\\nobjectClass: group | 4 | duplicate entry
            dn: CN=a,DC=contoso,DC=com\\nobjectClass: user\\nsAMAccountName: x\\n\\ndn: CN=b,DC=contoso,DC=com\\nobjectClass: group\\nsAMAccountName: X | 5 | the name 'X' is used twice
            dn: CN=u,CN=Users,OU=Sales,DC=contoso,DC=com\\nobjectClass: user | 1 | CN=Users is not an OU
            dn: CN=a+UID=b,DC=contoso,DC=com\\nobjectClass: user          | 1 | multi-valued RDNs are not supported
            """)
    void aBrokenExportIsRefusedAtItsLine(String ldif, int line, String message) {
        assertThatThrownBy(() -> LdifImporter.toCommands(ID, "contoso.com", ldif.replace("\\n", "\n")))
                .isInstanceOf(LdifParseException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((LdifParseException) e).line()).isEqualTo(line));
    }

    @Test
    void escapedCommasInNamesAreUnderstood() {
        String ldif = "dn: OU=Sales\\, East,DC=contoso,DC=com\nobjectClass: organizationalUnit\n";

        assertThat(LdifImporter.toCommands(ID, "contoso.com", ldif))
                .containsExactly(new CreateOrganizationalUnitCommand(ID, OuPath.parse("Sales, East")));
    }
}
