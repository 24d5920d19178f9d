package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.protocol.Auth;
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
