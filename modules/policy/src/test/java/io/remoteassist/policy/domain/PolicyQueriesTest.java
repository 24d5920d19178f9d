package io.remoteassist.policy.domain;

import io.remoteassist.policy.api.AssistanceMode;
import io.remoteassist.policy.api.BandwidthLevel;
import io.remoteassist.policy.api.ComputerJoinedEvent;
import io.remoteassist.policy.api.ContainerRef;
import io.remoteassist.policy.api.DirectoryCreatedEvent;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.EmailMethod;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.FindSessionSettingsQuery;
import io.remoteassist.policy.api.GroupCreatedEvent;
import io.remoteassist.policy.api.GroupMemberAddedEvent;
import io.remoteassist.policy.api.InvitationDecision;
import io.remoteassist.policy.api.LinkStatusChangedEvent;
import io.remoteassist.policy.api.MayControlQuery;
import io.remoteassist.policy.api.MayCreateInvitationQuery;
import io.remoteassist.policy.api.MayOfferQuery;
import io.remoteassist.policy.api.OrganizationalUnitCreatedEvent;
import io.remoteassist.policy.api.OuPath;
import io.remoteassist.policy.api.PolicyDecision;
import io.remoteassist.policy.api.PolicyObjectCreatedEvent;
import io.remoteassist.policy.api.PolicyObjectId;
import io.remoteassist.policy.api.PolicyObjectLinkedEvent;
import io.remoteassist.policy.api.PolicySettingChangedEvent;
import io.remoteassist.policy.api.SessionSettingsView;
import io.remoteassist.policy.api.SettingKey;
import io.remoteassist.policy.api.SettingValue;
import io.remoteassist.policy.api.SiteCreatedEvent;
import io.remoteassist.policy.api.UserCreatedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyQueriesTest {

    private static final DirectoryId DIR = DirectoryId.DEFAULT;
    private static final String PC1 = "pc1.contoso.com";
    private static final OuPath SALES = OuPath.parse("Sales");
    private static final OuPath LAPTOPS = OuPath.parse("Sales/Laptops");
    private static final PolicyObjectId DOMAIN_GPO = ChainSpec.idOf("Default Domain");
    private static final PolicyObjectId SALES_GPO = ChainSpec.idOf("Sales RA");

    private PolicyReadModel model;

    @BeforeEach
    void aDirectoryWithNestedAndCyclicGroups() {
        model = new PolicyReadModel(DIR);
        given(new DirectoryCreatedEvent(DIR, "contoso.com", "CONTOSO"),
                new SiteCreatedEvent(DIR, "Paris"),
                new OrganizationalUnitCreatedEvent(DIR, SALES),
                new OrganizationalUnitCreatedEvent(DIR, LAPTOPS),
                new ComputerJoinedEvent(DIR, PC1, List.of("10.0.0.5"), LAPTOPS, "Paris"),
                new UserCreatedEvent(DIR, "alice", "Alice", OuPath.ROOT),
                new UserCreatedEvent(DIR, "bob", "Bob", OuPath.ROOT),
                new UserCreatedEvent(DIR, "eve", "Eve", OuPath.ROOT),
                new GroupCreatedEvent(DIR, "HelpDesk", OuPath.ROOT),
                new GroupCreatedEvent(DIR, "Tier2", OuPath.ROOT),
                new GroupMemberAddedEvent(DIR, "Tier2", "alice"),
                new GroupMemberAddedEvent(DIR, "HelpDesk", "Tier2"),
                new GroupMemberAddedEvent(DIR, "Tier2", "HelpDesk"));
    }

    @Test
    void nothingConfiguredGivesTheWindowsDefaults() {
        InvitationDecision invitation = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofHours(8), true));
        PolicyDecision offer = model.queries().handle(new MayOfferQuery(PC1, "alice"));
        PolicyDecision control = model.queries().handle(new MayControlQuery(PC1, AssistanceMode.SOLICITED));
        SessionSettingsView session = model.queries().handle(new FindSessionSettingsQuery(PC1));

        assertThat(invitation.allowed()).isTrue();
        assertThat(invitation.grantedExpiry()).isEqualTo(Duration.ofHours(6));
        assertThat(invitation.emailMethod()).isEqualTo(EmailMethod.SIMPLE_MAPI);
        assertThat(invitation.encryptedOnly()).isFalse();
        assertThat(offer).isEqualTo(new PolicyDecision(false, "offer", null, null,
                "Configure Offer Remote Assistance is not configured (default): nobody may offer help"));
        assertThat(control.allowed()).isTrue();
        assertThat(session.sessionLogging()).isFalse();
        assertThat(session.bandwidth()).isEqualTo(BandwidthLevel.NONE);
        assertThat(session.warningBeforeConnecting()).isEqualTo(SettingDefaults.WARNING_BEFORE_CONNECTING);
        assertThat(session.customWarnings()).isFalse();
    }

    @Test
    void anInvitationIsCappedToTheMaximumTicketTimeOfTheWinningObject() {
        givenDomainPolicy("solicited enabled maxTicket=2h email=mailto");

        InvitationDecision decision = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofHours(5), false));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.grantedExpiry()).isEqualTo(Duration.ofHours(2));
        assertThat(decision.emailMethod()).isEqualTo(EmailMethod.MAILTO);
        assertThat(decision.decision().gpoName()).isEqualTo("Default Domain");
        assertThat(decision.decision().reason()).contains("capped to the maximum ticket time 2h");
    }

    @Test
    void aShorterRequestIsGrantedAsAsked() {
        givenDomainPolicy("solicited enabled maxTicket=2h");

        InvitationDecision decision = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofMinutes(30), false));

        assertThat(decision.grantedExpiry()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void disabledSolicitedAssistanceRefusesInvitationsNamingTheObject() {
        givenDomainPolicy("solicited disabled");

        InvitationDecision decision = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofHours(1), false));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.decision().setting()).isEqualTo("solicited");
        assertThat(decision.decision().gpoId()).isEqualTo(DOMAIN_GPO.toString());
        assertThat(decision.decision().gpoName()).isEqualTo("Default Domain");
    }

    @Test
    void vistaOnlyRefusesALegacyTicketButAllowsAnEncryptedOne() {
        givenSalesPolicy("vista-only enabled");

        InvitationDecision legacy = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofHours(1), true));
        InvitationDecision encrypted = model.queries().handle(new MayCreateInvitationQuery(PC1, Duration.ofHours(1), false));

        assertThat(legacy.allowed()).isFalse();
        assertThat(legacy.decision().setting()).isEqualTo("vista-only");
        assertThat(legacy.decision().gpoName()).isEqualTo("Sales RA");
        assertThat(encrypted.allowed()).isTrue();
        assertThat(encrypted.encryptedOnly()).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            alice             | pc1.contoso.com | true  | belongs to listed group CONTOSO\\HelpDesk
            CONTOSO\\alice    | PC1.CONTOSO.COM | true  | belongs to listed group CONTOSO\\HelpDesk
            alice@contoso.com | 10.0.0.5        | true  | belongs to listed group CONTOSO\\HelpDesk
            bob               | pc1.contoso.com | true  | 'bob' is listed among its helpers
            eve               | pc1.contoso.com | false | 'eve' is not among its helpers
            FABRIKAM\\alice   | pc1.contoso.com | false | is not among its helpers
            alice             | pc9.contoso.com | false | only defaults apply
            """)
    void offeringFollowsTheHelpersListAndNestedGroups(String helper, String computer, boolean allowed, String reason) {
        givenSalesPolicy("offer enabled control=view helpers=CONTOSO\\HelpDesk,bob");

        PolicyDecision decision = model.queries().handle(new MayOfferQuery(computer, helper));

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.setting()).isEqualTo("offer");
        assertThat(decision.reason()).contains(reason);
    }

    @Test
    void aRefusedOfferNamesTheWinningObject() {
        givenSalesPolicy("offer enabled helpers=bob");

        PolicyDecision decision = model.queries().handle(new MayOfferQuery(PC1, "eve"));

        assertThat(decision.gpoId()).isEqualTo(SALES_GPO.toString());
        assertThat(decision.gpoName()).isEqualTo("Sales RA");
        assertThat(decision.reason()).contains("Configure Offer Remote Assistance is enabled by policy object 'Sales RA'");
    }

    @Test
    void viewOnlyOfferRefusesControl() {
        givenSalesPolicy("offer enabled control=view helpers=bob");

        PolicyDecision decision = model.queries().handle(new MayControlQuery(PC1, AssistanceMode.OFFER));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("helpers may only view");
    }

    @Test
    void theOuObjectWinsOverTheDomainObjectUntilItsLinkIsDisabled() {
        givenDomainPolicy("solicited enabled control=view");
        givenSalesPolicy("solicited enabled control=full");
        assertThat(model.queries().handle(new MayControlQuery(PC1, AssistanceMode.SOLICITED)).allowed()).isTrue();

        given(new LinkStatusChangedEvent(DIR, ContainerRef.ou(SALES), SALES_GPO, false));

        PolicyDecision decision = model.queries().handle(new MayControlQuery(PC1, AssistanceMode.SOLICITED));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.gpoName()).isEqualTo("Default Domain");
    }

    @Test
    void sessionSettingsComeFromTheWinningObjects() {
        givenSalesPolicy("logging enabled");
        givenSalesPolicy("bandwidth enabled level=no-background");
        givenSalesPolicy("warnings enabled control=\"Support will drive.\"");

        SessionSettingsView session = model.queries().handle(new FindSessionSettingsQuery(PC1));

        assertThat(session.sessionLogging()).isTrue();
        assertThat(session.bandwidth()).isEqualTo(BandwidthLevel.NO_BACKGROUND);
        assertThat(session.warningBeforeSharingControl()).isEqualTo("Support will drive.");
        assertThat(session.warningBeforeConnecting()).isEqualTo(SettingDefaults.WARNING_BEFORE_CONNECTING);
        assertThat(session.loggingSource().gpoName()).isEqualTo("Sales RA");
    }

    @Test
    void theResultantSetOfPolicyNamesWinnerAndLoser() {
        givenDomainPolicy("logging disabled");
        givenSalesPolicy("logging enabled");

        var logging = model.queries().handle(new FindResultantSetOfPolicyQuery("10.0.0.5")).setting(SettingKey.LOGGING);

        assertThat(logging.winner().name()).isEqualTo("Sales RA");
        assertThat(logging.overridden()).singleElement().satisfies(c -> assertThat(c.source().name()).isEqualTo("Default Domain"));
    }

    @Test
    void cyclicGroupsAreWalkedOnce() {
        GroupMembership membership = new GroupMembership(model.directory().orElseThrow());

        assertThat(membership.groupsOf("alice")).containsExactlyInAnyOrder("tier2", "helpdesk");
    }

    private void givenDomainPolicy(String line) {
        givenPolicy(DOMAIN_GPO, "Default Domain", ContainerRef.domain("contoso.com"), line);
    }

    private void givenSalesPolicy(String line) {
        givenPolicy(SALES_GPO, "Sales RA", ContainerRef.ou(SALES), line);
    }

    private void givenPolicy(PolicyObjectId id, String name, ContainerRef container, String line) {
        if (model.policyObject(id).isEmpty()) {
            given(new PolicyObjectCreatedEvent(id, name, "admin"),
                    new PolicyObjectLinkedEvent(DIR, container, id, 1, false, true));
        }
        SettingValue value = SettingText.parse(line);
        long version = model.policyObject(id).orElseThrow().version() + 1;
        given(new PolicySettingChangedEvent(id, value.setting(), SettingValue.notConfigured(value.setting()), value,
                "admin", version));
    }

    private void given(Object... events) {
        for (Object event : events) {
            model.on(event);
        }
    }
}
