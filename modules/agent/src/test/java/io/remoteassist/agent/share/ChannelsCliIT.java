package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import io.remoteassist.agent.cli.Cli;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The IM and Easy Connect channels and trusted contacts through the {@code ra} verbs, both ends, against the real
 * server (its production jar on a real PostgreSQL and Kafka broker). The User's agent runs (as {@code ra agent
 * --headless} would, on the same state directory) so that the Helper's {@code ra open} can prove the password.
 */
class ChannelsCliIT {

    private static ServerUnderTest server;

    @TempDir
    Path state;

    /** The User's agent: answers Helpers for the invitations {@code ra invite} stored in {@link #state}. */
    private InvitationAgent agent;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isRegularFile(ServerUnderTest.JAR), "needs the server build: ./mvnw -pl modules/server "
            + "-am package -DskipTests");
        server = new ServerUnderTest(Map.of());
        server.identity("auditor", "auditor");
    }

    @BeforeEach
    void startAgent() {
        agent = new InvitationAgent(server.base, server.identities.get("alice"),
            new InvitationStore(state.resolve("invitations")),
            new PrintStream(new ByteArrayOutputStream(), true), Clock.systemUTC());
    }

    @AfterEach
    void stopAgent() {
        agent.close();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** One run of {@code ra}: exit code and what it printed. */
    record Run(int code, String out, String err) {
        String find(String pattern) {
            Matcher m = Pattern.compile(pattern).matcher(out);
            assertThat(m.find()).as("'%s' in:%n%s%s", pattern, out, err).isTrue();
            return m.group(1);
        }
    }

    /** {@code ra} signed in as {@code as}, with {@code stdin} typed in. */
    private Run answering(String as, String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            server.env(as, "RA_STATE_DIR", state.toString(), "USER", "nobody"),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(argv);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run ra(String as, String... argv) {
        return answering(as, "", argv);
    }

    /** What the running agent does with a new invitation: picks it up from the store and answers on the relay. */
    private void serve(String invitationId) {
        agent.serveStored();
        await().atMost(Duration.ofSeconds(10)).until(() -> agent.serving(invitationId));
    }

    /** {@code ra open}; the relay may see the Helper before the agent's socket is there, so ask again until then. */
    private Run open(String as, String... argv) throws InterruptedException {
        for (int i = 0; ; i++) {
            Run run = ra(as, argv);
            if (!run.err().contains("not running") || i > 50) {
                return run;
            }
            Thread.sleep(100);
        }
    }

    /** The connect line the Helper's client printed, run as is. */
    private Run connect(String helper, Run helped) throws InterruptedException {
        String connect = helped.find("connect: (ra open .*)");
        assertThat(connect).contains(" " + helped.find("saved: (\\S+)") + " ");
        return open(helper, connect.substring(3).split(" "));
    }

    /** A first session between the two, the way every session starts: invitation, agent, {@code ra open}. */
    private String session(String user, String helper) throws InterruptedException {
        Run invite = ra(user, "invite", "--user", user, "--computer", "alice-pc.example.test", "--save-as-file",
            state.resolve("first").toString());
        assertThat(invite.code()).as(invite.err()).isZero();
        serve(invite.find("invitation: (\\S+)"));
        Run opened = open(helper, "open", invite.find("file: (\\S+)"), "--helper", helper, "--password",
            invite.find("password: (\\S+)"));
        assertThat(opened.code()).as(opened.err()).isZero();
        return opened.find("session: (\\S+)");
    }

    @Test
    void easyConnectTheHelperTypesOnlyThePassword() throws Exception {
        Run invite = ra("alice", "invite", "--user", "alice", "--computer", "alice-pc.example.test", "--easy-connect");
        assertThat(invite.code()).as(invite.err()).isZero();
        String password = invite.find("password: (\\S+)");
        assertThat(invite.out()).contains("ra easyhelp " + password);
        serve(invite.find("invitation: (\\S+)"));

        Run help = ra("bob", "easyhelp", password.substring(0, 6) + "-" + password.substring(6).toLowerCase(),
            "--helper", "bob", "--save-to", state.resolve("inv").toString());
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("user: alice").contains("expires: ").contains("session: ")
            .contains("address: ");
        assertThat(Files.exists(Path.of(help.find("saved: (\\S+)")))).isTrue();
        assertThat(help.out()).contains("--helper bob --password " + password);
        Run accepted = connect("bob", help);
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("session: ");

        Run wrong = ra("bob", "easyhelp", "ABCDEFGHJKLM", "--helper", "bob");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("no invitation for this password").doesNotContain("Exception");
    }

    @Test
    void imTheBuddyAcceptsTheInvitationThenTypesThePassword() throws Exception {
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        server.identity(alice, "user");
        server.identity(bob, "helper");
        assertThat(ra(alice, "buddies", "add", bob, "--user", alice).out()).contains("buddy: " + bob + " offline");

        CompletableFuture<Run> listening = CompletableFuture.supplyAsync(() -> ra(bob, "im", "--user", bob, "--wait",
            "90", "--once"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ra(alice, "buddies", "--user", alice).out()
            .contains(bob + " online"));
        Run invite = ra(alice, "invite", "--user", alice, "--computer", "alice-pc.example.test", "--im", bob);
        assertThat(invite.code()).as(invite.err()).isZero();
        String password = invite.find("password: (\\S+)");
        Run listened = listening.get();
        String message = listened.find("invitation (\\S+) from " + alice);

        Run accept = ra(bob, "im", "--user", bob, "--accept", message, "--save-to", state.resolve("im").toString(),
            "--wait", "10");
        assertThat(accept.code()).as(accept.err()).isZero();
        assertThat(accept.out()).contains("user: " + alice).contains("Ask " + alice + " for the password by phone");
        String file = accept.find("saved: (\\S+)");
        assertThat(accept.out()).contains("connect: ra open " + file + " --helper " + bob + " --password PASSWORD")
            .contains("view: to see the screen, open the file with the password in the Helper console instead: ")
            .contains("/console/ (Open invitation)");
        Run inspect = ra(bob, "inspect", file, "--password", password);
        assertThat(inspect.out()).contains("session: ").contains("address: ");
        serve(invite.find("invitation: (\\S+)"));
        Run opened = open(bob, "open", file, "--helper", bob, "--password", password);
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(opened.out()).contains("session: ");

        Run gone = ra(bob, "im", "--user", bob, "--accept", message, "--wait", "2");
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).contains("no pending invitation " + message);
    }

    @Test
    void imListensOnlyAsTheSignedInIdentity() throws Exception {
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        server.identity(alice, "user");
        server.identity(bob, "helper");

        Run impostor = ra(alice, "im", "--user", bob, "--wait", "10");
        assertThat(impostor.code()).isEqualTo(1);
        assertThat(impostor.err()).contains("signed in as " + alice + ", not " + bob).doesNotContain("Exception");
        Run auditor = ra("auditor", "im", "--user", "auditor", "--wait", "2");
        assertThat(auditor.code()).isEqualTo(1);
        assertThat(auditor.err()).contains("refused auditor (HTTP 403)");
    }

    @Test
    void trustedContactsAfterASessionTheNextInvitationNeedsNoPassword() throws Exception {
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        server.identity(alice, "user");
        server.identity(bob, "helper");
        String session = session(alice, bob);
        assertThat(ra(alice, "consent", session, "--allow").code()).isZero();
        assertThat(ra(alice, "end", session, "--actor", alice).code()).isZero();

        Run notYet = ra(alice, "invite", "--user", alice, "--computer", "alice-pc.example.test", "--contact", bob);
        assertThat(notYet.code()).isEqualTo(1);
        assertThat(notYet.err()).contains("is not a trusted contact here");

        CompletableFuture<Run> userSide = CompletableFuture.supplyAsync(() ->
            ra(alice, "contacts", "exchange", session, "--user", alice, "--wait", "30"));
        Run helperSide = ra(bob, "contacts", "exchange", session, "--user", bob, "--wait", "30");
        assertThat(helperSide.code()).as(helperSide.err()).isZero();
        assertThat(helperSide.out()).contains("trusted contact: " + alice);
        Run userExchanged = userSide.get();
        assertThat(userExchanged.out()).as(userExchanged.err()).contains("trusted contact: " + bob);
        assertThat(ra(alice, "contacts", "--user", alice).out()).contains("contact: " + bob + "  offline  trusted");

        CompletableFuture<Run> helper = CompletableFuture.supplyAsync(() -> answering(bob, "y\n", "im", "--user", bob,
            "--wait", "90", "--save-to", state.resolve("contact").toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> ra(alice, "contacts", "--user", alice).out()
            .contains(bob + "  online"));
        Run invite = answering(alice, "y\n", "invite", "--user", alice, "--computer", "alice-pc.example.test",
            "--contact", bob);
        assertThat(invite.code()).as(invite.out() + invite.err()).isZero();
        assertThat(invite.out()).contains(bob + " is verified by the certificate stored for them")
            .contains("Allow? [y/N]").contains("the invitation went to " + bob + " end to end")
            .doesNotContain("password: ");
        String code = invite.find("confirmation code (\\d{6})");
        serve(invite.find("invitation: (\\S+)"));

        Run helped = helper.get();
        assertThat(helped.code()).as(helped.err()).isZero();
        assertThat(helped.out()).contains(alice + ", a trusted contact, asks for your help. Accept? [y/N]")
            .contains("confirmation code " + code).contains("user: " + alice).contains("address: ");
        Run accepted = connect(bob, helped);
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("session: ");

        // the audit trail is a projection: it catches up within moments
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode audit = server.get("auditor", "api/audit?type=InvitationDeliveredEvent&size=500");
            assertThat(audit.toString()).contains("trusted contact " + bob);
            assertThat(server.get("auditor", "api/audit?type=ContactsExchangedEvent&size=500").toString())
                .contains(session);
        });
    }

    @Test
    void theUserWhoDeclinesWithdrawsTheInvitation() throws Exception {
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        server.identity(alice, "user");
        server.identity(bob, "helper");
        String session = session(alice, bob);
        ra(alice, "consent", session, "--allow");
        ra(alice, "end", session, "--actor", alice);
        // the cards are exchanged once the server's session view shows the session ended
        await().atMost(Duration.ofSeconds(20)).until(() -> "ENDED".equals(
            server.get("auditor", "api/sessions/" + session).path("state").asText()));
        CompletableFuture<Run> userSide = CompletableFuture.supplyAsync(() ->
            ra(alice, "contacts", "exchange", session, "--user", alice, "--wait", "30"));
        Run helperSide = ra(bob, "contacts", "exchange", session, "--user", bob, "--wait", "30");
        assertThat(helperSide.out()).as(helperSide.err()).contains("trusted contact: " + alice);
        Run userExchanged = userSide.get();
        assertThat(userExchanged.out()).as(userExchanged.err()).contains("trusted contact: " + bob);

        CompletableFuture<Run> helper = CompletableFuture.supplyAsync(() -> answering(bob, "y\n", "im", "--user", bob,
            "--wait", "90", "--once"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ra(alice, "contacts", "--user", alice).out()
            .contains(bob + "  online"));
        Run invite = answering(alice, "n\n", "invite", "--user", alice, "--computer", "alice-pc.example.test",
            "--contact", bob);
        assertThat(invite.code()).isEqualTo(1);
        assertThat(invite.err()).as(invite.out()).contains("you declined; the invitation is withdrawn");
        Run helped = helper.get();
        assertThat(helped.out()).contains(alice + " did not allow the connection").doesNotContain("saved: ");
    }
}
