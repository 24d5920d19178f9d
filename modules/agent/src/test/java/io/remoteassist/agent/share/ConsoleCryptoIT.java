package io.remoteassist.agent.share;

import io.remoteassist.invitation.api.file.HostPort;
import io.remoteassist.invitation.api.file.IncidentFile;
import io.remoteassist.invitation.api.file.MsRcIncidentReader;
import io.remoteassist.invitation.api.file.RelayInvitationFile;
import io.remoteassist.invitation.api.file.TicketCipher;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.net.SessionCipher;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.net.SrpVerifier;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.remoteassist.transport.protocol.PayloadCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Helper console's invitation code in headless Chromium against the Java it must match: its SRP-6a client
 * against {@link SrpHandshake.Server} (Bouncy Castle), its LHTICKET decryption against files the agent writes and a
 * real Windows file, and its SRP-keyed session cipher against {@link SrpHandshake#sessionCipher}.
 */
class ConsoleCryptoIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static ConsoleModules page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(ConsoleModules.available(), "needs chromium and chromium-driver");
        page = new ConsoleModules(Files.createTempDirectory("ra-chromium"));
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void theConsolesSrpClientAndTheAgentsVerifierAgreeOnEveryValueAndTheKey() throws Exception {
        for (int round = 0; round < 12; round++) {
            String identity = UUID.randomUUID().toString();
            String password = "K7MW-" + round + "-PQRSTX2";
            SrpVerifier verifier = SrpHandshake.newVerifier(identity, password.toCharArray(), RANDOM);
            SrpHandshake.Server agent = new SrpHandshake.Server(verifier, RANDOM);
            Auth challenge = agent.challenge(Auth.of(AuthStep.SRP_START, identity.getBytes(StandardCharsets.UTF_8)));

            @SuppressWarnings("unchecked")
            List<String> proof = (List<String>) page.run("""
                window.client = new ra.srp.SrpClient(args[0], args[1]);
                const p = await client.proof(unb64(args[2]), unb64(args[3]));
                return [b64(p.A), b64(p.M1)];""", identity, password, ConsoleModules.b64(challenge.first()),
                ConsoleModules.b64(challenge.second()));
            Auth confirm = agent.confirm(new Auth(AuthStep.SRP_PROOF, ConsoleModules.unb64(proof.get(0)),
                ConsoleModules.unb64(proof.get(1))));
            Object key = page.run("return b64(await client.finish(unb64(args[0])));",
                ConsoleModules.b64(confirm.first()));

            assertThat(ConsoleModules.unb64(key)).isEqualTo(agent.sessionKey());
        }
        Object ms = page.run("""
            const v = ra.srp.toBytes(ra.srp.modPow(2n, 12345n, 1000003n)); const t0 = performance.now();
            for (let i = 0; i < 5; i++) { await new ra.srp.SrpClient('id', 'pw').proof(v, new Uint8Array(256).fill(9)); }
            return ((performance.now() - t0) / 5).toFixed(1);""");
        System.out.println("console srp: proof_ms_mean=" + ms + " (5 proofs, headless Chromium)");
    }

    @Test
    void aWrongPasswordInTheConsoleIsRefusedByTheAgentAndAForgedConfirmationByTheConsole() throws Exception {
        String identity = UUID.randomUUID().toString();
        SrpHandshake.Server agent = new SrpHandshake.Server(SrpHandshake.newVerifier(identity,
            "RIGHT-PASSWORD".toCharArray(), RANDOM), RANDOM);
        Auth challenge = agent.challenge(Auth.of(AuthStep.SRP_START, identity.getBytes(StandardCharsets.UTF_8)));
        @SuppressWarnings("unchecked")
        List<String> proof = (List<String>) page.run("""
            window.client = new ra.srp.SrpClient(args[0], 'WRONG-PASSWORD');
            const p = await client.proof(unb64(args[1]), unb64(args[2]));
            return [b64(p.A), b64(p.M1)];""", identity, ConsoleModules.b64(challenge.first()),
            ConsoleModules.b64(challenge.second()));

        assertThatThrownBy(() -> agent.confirm(new Auth(AuthStep.SRP_PROOF, ConsoleModules.unb64(proof.get(0)),
            ConsoleModules.unb64(proof.get(1))))).isInstanceOf(TransportException.class).hasMessageContaining("wrong");
        assertThat(page.run("return await client.finish(new Uint8Array(32).fill(7));"))
            .isEqualTo("error: the other end could not prove it is the User's agent");
        assertThat(page.run("return await new ra.srp.SrpClient('i', 'p').proof(new Uint8Array(16), "
            + "new Uint8Array([0]));")).isEqualTo("error: invalid SRP challenge");
    }

    @Test
    void theConsoleOpensTheFileTheAgentWritesAndWithAWrongPasswordStillFindsTheInvitation() {
        UUID invitation = UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] file = RelayInvitationFile.write(invitation, "alice", "2QZK9MHT4VPW", start,
            start.plus(30, ChronoUnit.MINUTES), List.of(new HostPort("relay.example.test", 8443),
                new HostPort("192.0.2.7", 8080)));

        @SuppressWarnings("unchecked")
        Map<String, Object> right = (Map<String, Object>) page.run(
            "return await ra.invitation.openInvitation(unb64(args[0]), '2QZK9MHT4VPW');", ConsoleModules.b64(file));
        assertThat(right).containsEntry("invitationId", invitation.toString()).containsEntry("ticketOpened", true)
            .containsEntry("legacy", false);
        assertThat(right.get("addresses").toString()).contains("relay.example.test", "8443", "192.0.2.7");

        @SuppressWarnings("unchecked")
        Map<String, Object> wrong = (Map<String, Object>) page.run(
            "return await ra.invitation.openInvitation(unb64(args[0]), 'NOT-IT');", ConsoleModules.b64(file));
        assertThat(wrong).containsEntry("invitationId", invitation.toString()).containsEntry("ticketOpened", false);
    }

    @Test
    void theConsoleDecryptsARealWindowsTicketAndRefusesADoctype() throws Exception {
        Path windows = Path.of("../invitation/src/test/resources/vectors/type2.MsRcIncident");
        byte[] bytes = Files.readAllBytes(windows);
        Object xml = page.run("const f = ra.invitation.readInvitationFile(unb64(args[0]));"
            + "return await ra.invitation.decryptTicket(f.lhTicket, '48BJQ853X3B4');", ConsoleModules.b64(bytes));
        String java = TicketCipher.decrypt(HexFormat.of().parseHex(MsRcIncidentReader.read(bytes).lhTicket()),
            "48BJQ853X3B4");
        assertThat(xml).isEqualTo(java);
        assertThat(java).startsWith("<E>");
        assertThat(page.run("const f = ra.invitation.readInvitationFile(unb64(args[0]));"
            + "return await ra.invitation.decryptTicket(f.lhTicket, 'wrong');", ConsoleModules.b64(bytes))).isNull();
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE UPLOADINFO [<!ENTITY x \"y\">]>"
            + "<UPLOADINFO TYPE=\"Escalated\"><UPLOADDATA USERNAME=\"&x;\" RCTICKET=\"a\"/></UPLOADINFO>";
        assertThat(page.run("try { ra.invitation.readInvitationFile(new TextEncoder().encode(args[0])); return 'read'; }"
            + " catch (e) { return e.message; }", entity)).isEqualTo("the file: a DOCTYPE is not allowed");
        assertThat(page.run("try { ra.invitation.readInvitationFile(new TextEncoder().encode('<a>')); return 'read'; }"
            + " catch (e) { return e.message; }")).isEqualTo("the file is not well-formed XML");
    }

    @Test
    void theConsoleReadsAWindowsXpFileAsTheAgentDoesAndSaysWhyItCannotOpenIt() throws Exception {
        byte[] xp = Files.readAllBytes(Path.of("../invitation/src/test/resources/vectors/type1.MsRcIncident"));
        IncidentFile java = MsRcIncidentReader.read(xp);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) page.run("const f = ra.invitation.readInvitationFile("
            + "unb64(args[0])); return {user: f.userName, lh: f.lhTicket === null, rc: f.rcTicket};",
            ConsoleModules.b64(xp));
        assertThat(read).containsEntry("user", java.userName()).containsEntry("lh", true)
            .containsEntry("rc", java.rcTicket().format());
        assertThat(java.rcTicket().addresses()).hasSize(2);
        // no invitation of ours: its session id is not a RemoteAssist invitation id
        assertThat(page.run("try { await ra.invitation.openInvitation(unb64(args[0]), 'Password1'); return 'opened'; }"
            + " catch (e) { return e.message; }", ConsoleModules.b64(xp)))
            .isEqualTo("not a RemoteAssist invitation (a file made by Windows cannot be opened here)");
        // only the one XP malformation is forgiven
        String twice = new String(xp, StandardCharsets.UTF_8).replace("L=\"0\"", "L=\"0\"RCTICKETENCRYPTED=\"1\"");
        assertThat(page.run("try { ra.invitation.readInvitationFile(new TextEncoder().encode(args[0])); return 'read'; }"
            + " catch (e) { return e.message; }", twice)).isEqualTo("the file is not well-formed XML");
    }

    @Test
    void framesTheConsoleSealsWithTheSrpKeyOpenInTheAgentAndBothShowTheSameCode() throws Exception {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String session = UUID.randomUUID().toString();
        @SuppressWarnings("unchecked")
        List<Object> sealed = (List<Object>) page.run("""
            const cipher = await ra.crypto.SessionCipher.fromSrp(unb64(args[0]), args[1], 'HELPER');
            const f = await cipher.seal(ra.wire.Payloads.chat('Helper', 'hello over SRP'));
            return [b64(ra.wire.encode(f)), cipher.confirmation];""", ConsoleModules.b64(key), session);

        SessionCipher agent = SrpHandshake.sessionCipher(key, session, Role.USER);
        List<Frame> frames = new FrameParser().feed(ByteBuffer.wrap(ConsoleModules.unb64(sealed.get(0))));
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).encrypted()).isTrue();
        ChatMessage chat = (ChatMessage) PayloadCodec.decode(agent.open(frames.get(0)));
        assertThat(chat.text()).isEqualTo("hello over SRP");
        assertThat(sealed.get(1)).isEqualTo(SecureChannel.fromSrp(session, Role.USER, key).confirmation());

        Frame fromAgent = agent.seal(PayloadCodec.encode(new ChatMessage("alice", "and back", Instant.now())));
        Object opened = page.run("""
            const cipher = await ra.crypto.SessionCipher.fromSrp(unb64(args[0]), args[1], 'HELPER');
            const [f] = new ra.wire.Parser().feed(unb64(args[2]));
            return ra.wire.decode(await cipher.open(f)).text;""", ConsoleModules.b64(key), session,
            ConsoleModules.b64(FrameCodec.encode(fromAgent)));
        assertThat(opened).isEqualTo("and back");
    }
}
