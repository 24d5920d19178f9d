package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class EcdhAgreementTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void bothEndsAgreeOnTheSameSecretAndKeys() throws Exception {
        EcdhAgreement user = new EcdhAgreement(random);
        EcdhAgreement helper = new EcdhAgreement(random);
        byte[] userSecret = user.agree(helper.publicKey());
        byte[] helperSecret = helper.agree(user.publicKey());
        assertThat(userSecret).isEqualTo(helperSecret).hasSize(32);
        assertThat(user.transcript(Role.USER, helper.publicKey()))
                .isEqualTo(helper.transcript(Role.HELPER, user.publicKey()));

        SessionCipher userCipher = SessionCipher.create(userSecret, user.transcript(Role.USER, helper.publicKey()),
                Role.USER);
        SessionCipher helperCipher = SessionCipher.create(helperSecret,
                helper.transcript(Role.HELPER, user.publicKey()), Role.HELPER);
        Frame chat = Frame.of(FrameType.CHAT, new byte[] {1, 2, 3});
        assertThat(helperCipher.open(userCipher.seal(chat))).isEqualTo(chat);
    }

    @Test
    void garbageIsNotAKey() {
        assertRejected(new byte[] {1, 2, 3});
    }

    @Test
    void aKeyOnAnotherCurveIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        assertRejected(generator.generateKeyPair().getPublic().getEncoded());
    }

    @Test
    void aPointOffTheCurveIsRejected() {
        byte[] encoded = new EcdhAgreement(random).publicKey();
        encoded[encoded.length - 1] ^= 1;
        assertRejected(encoded);
    }

    private void assertRejected(byte[] key) {
        EcdhAgreement agreement = new EcdhAgreement(random);
        assertThatThrownBy(() -> agreement.agree(key)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.status()).isEqualTo(TransportStatus.AUTH_FAILED));
    }
}
