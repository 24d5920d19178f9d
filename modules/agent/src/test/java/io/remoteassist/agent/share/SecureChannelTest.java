package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.ProtocolException;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.protocol.ChatMessage;
import io.remoteassist.transport.protocol.PayloadCodec;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecureChannelTest {

    private static final String SESSION = "6d0f3f5e-1111-4222-8333-944455556666";

    private final KeyPair server = p256();

    @Test
    void bothEndsAgreeOnKeysAndTheConfirmationCode() throws Exception {
        SecureChannel user = new SecureChannel(SESSION, Role.USER, server.getPublic().getEncoded(), new SecureRandom());
        SecureChannel helper = new SecureChannel(SESSION, Role.HELPER, server.getPublic().getEncoded(),
            new SecureRandom());
        user.accept(auth(helper.offer(sign(Role.HELPER, helper.publicKey()))));
        helper.accept(auth(user.offer(sign(Role.USER, user.publicKey()))));

        assertThat(user.confirmation()).matches("\\d{6}").isEqualTo(helper.confirmation());
        Frame sealed = helper.seal(PayloadCodec.encode(new ChatMessage("bob", "hello", Instant.EPOCH)));
        assertThat(sealed.encrypted()).isTrue();
        assertThat(PayloadCodec.decode(user.open(sealed))).isEqualTo(new ChatMessage("bob", "hello", Instant.EPOCH));
    }

    @Test
    void aSolicitedSessionIsKeyedFromTheSrpSessionKeyOfTheInvitationHandshake() throws Exception {
        SecureRandom random = new SecureRandom();
        var verifier = SrpHandshake.newVerifier("inv", "48BJQ853X3B4".toCharArray(), random);
        var helperSide = new SrpHandshake.Client("inv", "48BJQ853X3B4".toCharArray(), random);
        var agentSide = new SrpHandshake.Server(verifier, random);
        helperSide.finish(agentSide.confirm(helperSide.proof(agentSide.challenge(helperSide.start()))));

        SecureChannel user = SecureChannel.fromSrp(SESSION, Role.USER, agentSide.sessionKey());
        SecureChannel helper = SecureChannel.fromSrp(SESSION, Role.HELPER, helperSide.sessionKey());
        assertThat(user.keyed()).isTrue();
        assertThat(user.confirmation()).matches("\\d{6}").isEqualTo(helper.confirmation());
        Frame sealed = user.seal(PayloadCodec.encode(new ChatMessage("alice", "hi", Instant.EPOCH)));
        assertThat(PayloadCodec.decode(helper.open(sealed))).isEqualTo(new ChatMessage("alice", "hi", Instant.EPOCH));

        // the same key bound to another session does not open the frame: the keys are per session
        SecureChannel elsewhere = SecureChannel.fromSrp("another-session", Role.HELPER, helperSide.sessionKey());
        assertThatThrownBy(() -> elsewhere.open(user.seal(PayloadCodec.encode(
            new ChatMessage("alice", "hi", Instant.EPOCH))))).isInstanceOf(ProtocolException.class);
        // an SRP-keyed channel takes no ECDH key from the relay path
        assertThatThrownBy(() -> user.accept(new Auth(AuthStep.ECDH_KEY, new byte[65], new byte[64])))
            .isInstanceOf(TransportException.class);
    }

    @Test
    void aKeyTheServerSignedForAnotherRoleIsRefused() throws Exception {
        SecureChannel user = new SecureChannel(SESSION, Role.USER, server.getPublic().getEncoded(), new SecureRandom());
        SecureChannel intruder = new SecureChannel(SESSION, Role.HELPER, server.getPublic().getEncoded(),
            new SecureRandom());
        // a signature for the USER role replayed as the Helper's key must not verify
        assertThatThrownBy(() -> user.accept(auth(intruder.offer(sign(Role.USER, intruder.publicKey())))))
            .isInstanceOf(TransportException.class).hasMessageContaining("not signed");
        assertThat(user.keyed()).isFalse();
    }

    private static Auth auth(Frame frame) throws Exception {
        return (Auth) PayloadCodec.decode(frame);
    }

    private byte[] sign(Role role, byte[] key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(server.getPrivate());
        signature.update(SecureChannel.signedMessage(SESSION, role, key));
        return signature.sign();
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
