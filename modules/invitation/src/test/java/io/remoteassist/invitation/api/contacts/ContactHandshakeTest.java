package io.remoteassist.invitation.api.contacts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactHandshakeTest {

    private static ContactIdentity alice;
    private static ContactIdentity bob;
    private static ContactIdentity mallory;

    @BeforeAll
    static void identities() {
        alice = ContactIdentity.create("alice");
        bob = ContactIdentity.create("bob");
        mallory = ContactIdentity.create("bob");
    }

    @Test
    void bothEndsAgreeOnTheKeyAndTheCodeWithTheStoredCertificates() throws Exception {
        ContactHandshake.Initiator user = ContactHandshake.initiate(alice, bob.card());
        ContactHandshake.Hello hello = user.hello();
        ContactHandshake.Responder helper = ContactHandshake.respond(bob, alice.card(), hello);
        ContactHandshake.Completed done = user.finish(helper.reply());
        ContactHandshake.Result atHelper = helper.complete(done.finish());

        assertThat(done.result().sessionKey()).hasSize(32).isEqualTo(atHelper.sessionKey());
        assertThat(done.result().confirmationCode()).matches("\\d{6}").isEqualTo(atHelper.confirmationCode());
        assertThat(done.result().peerName()).isEqualTo("bob");
        assertThat(done.result().peerFingerprint()).isEqualTo(bob.fingerprint());
        assertThat(atHelper.peerFingerprint()).isEqualTo(alice.fingerprint());
    }

    @Test
    void twoHandshakesGiveTwoKeys() throws Exception {
        assertThat(run().sessionKey()).isNotEqualTo(run().sessionKey());
    }

    @Test
    void aResponderWithAnotherKeyUnderTheSameNameIsRefused() throws Exception {
        ContactHandshake.Initiator user = ContactHandshake.initiate(alice, bob.card());
        ContactHandshake.Responder impostor = ContactHandshake.respond(mallory, alice.card(), user.hello());
        assertThatThrownBy(() -> user.finish(impostor.reply()))
            .isInstanceOf(ContactException.class)
            .hasMessageContaining("does not verify against the certificate stored");
    }

    @Test
    void anInitiatorWithAnotherKeyIsRefusedByTheResponder() throws Exception {
        ContactIdentity fakeAlice = ContactIdentity.create("alice");
        ContactHandshake.Initiator user = ContactHandshake.initiate(fakeAlice, bob.card());
        ContactHandshake.Responder helper = ContactHandshake.respond(bob, alice.card(), user.hello());
        // the transcript names the certificates each end stored, so the impostor cannot even check bob's reply
        assertThatThrownBy(() -> user.finish(helper.reply())).hasMessageContaining("does not verify");
        // and whatever it signs with its own key is refused by the Helper
        String forged = Base64.getEncoder().encodeToString(fakeAlice.sign("initiator".getBytes()));
        assertThatThrownBy(() -> helper.complete(new ContactHandshake.Finish(forged)))
            .hasMessageContaining("alice's signature does not verify");
    }

    @Test
    void aHelloFromSomeoneElseThanTheStoredContactIsRefused() throws Exception {
        ContactHandshake.Initiator user = ContactHandshake.initiate(alice, bob.card());
        assertThatThrownBy(() -> ContactHandshake.respond(bob, ContactIdentity.create("carol").card(), user.hello()))
            .hasMessageContaining("not from the stored contact carol");
    }

    @Test
    void tamperedMessagesAreRefused() throws Exception {
        ContactHandshake.Initiator user = ContactHandshake.initiate(alice, bob.card());
        ContactHandshake.Hello hello = user.hello();
        ContactHandshake.Responder helper = ContactHandshake.respond(bob, alice.card(), hello);
        ContactHandshake.Reply reply = helper.reply();
        ContactHandshake.Reply otherNonce = new ContactHandshake.Reply(reply.name(), reply.ephemeralKey(),
            Base64.getEncoder().encodeToString(new byte[32]), reply.signature());
        assertThatThrownBy(() -> user.finish(otherNonce)).hasMessageContaining("does not verify");
        ContactHandshake.Reply otherKey = new ContactHandshake.Reply(reply.name(),
            ContactHandshake.initiate(bob, alice.card()).hello().ephemeralKey(), reply.nonce(), reply.signature());
        assertThatThrownBy(() -> user.finish(otherKey)).hasMessageContaining("does not verify");
        ContactHandshake.Reply garbage = new ContactHandshake.Reply(reply.name(), "%%%", reply.nonce(),
            reply.signature());
        assertThatThrownBy(() -> user.finish(garbage)).hasMessageContaining("ephemeral key: not base64");

        ContactHandshake.Completed done = user.finish(reply);
        byte[] sig = Base64.getDecoder().decode(done.finish().signature());
        sig[sig.length - 1] ^= 1;
        assertThatThrownBy(() -> helper.complete(new ContactHandshake.Finish(Base64.getEncoder().encodeToString(sig))))
            .hasMessageContaining("does not verify");
    }

    @Test
    void messagesReplayedFromAnEarlierHandshakeAreRefused() throws Exception {
        // an earlier, complete handshake the attacker recorded
        ContactHandshake.Initiator oldUser = ContactHandshake.initiate(alice, bob.card());
        ContactHandshake.Hello oldHello = oldUser.hello();
        ContactHandshake.Responder oldHelper = ContactHandshake.respond(bob, alice.card(), oldHello);
        ContactHandshake.Reply oldReply = oldHelper.reply();
        ContactHandshake.Finish oldFinish = oldUser.finish(oldReply).finish();

        // the old Reply sent to a new initiator: the transcript has a fresh nonce and key
        ContactHandshake.Initiator newUser = ContactHandshake.initiate(alice, bob.card());
        assertThatThrownBy(() -> newUser.finish(oldReply)).hasMessageContaining("does not verify");

        // the old Hello replayed to the Helper, then the old Finish: the Helper's fresh key and nonce differ
        ContactHandshake.Responder newHelper = ContactHandshake.respond(bob, alice.card(), oldHello);
        assertThatThrownBy(() -> newHelper.complete(oldFinish)).hasMessageContaining("does not verify");

        // and a finished handshake cannot be completed twice
        assertThatThrownBy(() -> oldUser.finish(oldReply)).hasMessageContaining("already finished");
    }

    @Test
    void anIdentityIsMadeOnceAndReloadedFromTheStateDirectory(@TempDir Path dir) throws Exception {
        ContactIdentity first = ContactIdentity.loadOrCreate(dir, "alice");
        ContactIdentity again = ContactIdentity.loadOrCreate(dir, "alice");
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(again.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=alice");
        assertThat(again.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(dir.resolve("identity-alice.key")))).isEqualTo("rw-------");
        // the reloaded key still signs for the certificate
        ContactHandshake.Initiator user = ContactHandshake.initiate(again, bob.card());
        ContactHandshake.Responder helper = ContactHandshake.respond(bob, first.card(), user.hello());
        helper.complete(user.finish(helper.reply()).finish());

        Files.writeString(dir.resolve("identity-alice.crt"), bob.card().certificatePem());
        assertThatThrownBy(() -> ContactIdentity.loadOrCreate(dir, "alice"))
            .hasMessageContaining("issued to CN=bob, not to alice");
    }

    @Test
    void theStoreKeepsValidCardsOnly(@TempDir Path dir) throws Exception {
        ContactStore store = new ContactStore(dir, "alice");
        store.keep(bob.card());
        assertThat(store.names()).containsExactly("bob");
        assertThat(store.find("bob").orElseThrow().fingerprint()).isEqualTo(bob.fingerprint());
        assertThat(store.find("carol")).isEmpty();
        assertThat(store.find("../x")).isEmpty();
        assertThatThrownBy(() -> store.keep(new ContactCard("carol", bob.card().certificatePem())))
            .hasMessageContaining("issued to CN=bob, not to carol");
        assertThatThrownBy(() -> store.keep(new ContactCard("carol", "not a pem")))
            .hasMessageContaining("certificate:");
        assertThat(store.forget("bob")).isTrue();
        assertThat(store.names()).isEmpty();
    }

    @Test
    void anInvitationSealedUnderTheSessionKeyOpensOnlyWithIt() throws Exception {
        ContactHandshake.Result result = run();
        SealedInvitation sealed = SealedInvitation.seal(result.sessionKey(),
            new SealedInvitation.Content("id-1", "PASSWORD2345", "<UPLOADINFO/>".getBytes()));
        SealedInvitation.Content opened = sealed.open(result.sessionKey());
        assertThat(opened.invitationId()).isEqualTo("id-1");
        assertThat(opened.password()).isEqualTo("PASSWORD2345");
        assertThat(new String(opened.file())).isEqualTo("<UPLOADINFO/>");
        assertThatThrownBy(() -> sealed.open(run().sessionKey())).hasMessageContaining("does not open");
        assertThatThrownBy(() -> new SealedInvitation("AAAA", "AAAA").open(result.sessionKey()))
            .hasMessageContaining("wrong size");
    }

    private static ContactHandshake.Result run() throws Exception {
        ContactHandshake.Initiator user = ContactHandshake.initiate(alice, bob.card());
        ContactHandshake.Responder helper = ContactHandshake.respond(bob, alice.card(), user.hello());
        return helper.complete(user.finish(helper.reply()).finish());
    }
}
