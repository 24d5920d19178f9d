package io.remoteassist.invitation.api.easyconnect;

import io.remoteassist.invitation.api.file.InvitationPasswordGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EasyConnectBlobTest {

    private static final byte[] FILE = "<?xml version=\"1.0\"?><UPLOADINFO TYPE=\"Escalated\"/>"
        .getBytes(StandardCharsets.UTF_8);
    private static String password;
    private static EasyConnectKeys keys;

    @BeforeAll
    static void derive() {
        password = new InvitationPasswordGenerator().generate();
        keys = EasyConnectKeys.derive(password);
    }

    @Test
    void theSamePasswordGivesTheSameKeysAndTheTwoKeysDiffer() {
        EasyConnectKeys again = EasyConnectKeys.derive(password);
        assertThat(again.lookupKey()).isEqualTo(keys.lookupKey());
        assertThat(again.blobKey()).isEqualTo(keys.blobKey());
        assertThat(keys.lookupKey()).hasSize(32).isNotEqualTo(keys.blobKey());
        assertThat(keys.lookupKeyHex()).matches("[0-9a-f]{64}");
    }

    @Test
    void anotherPasswordGivesOtherKeys() {
        EasyConnectKeys other = EasyConnectKeys.derive(password.substring(1) + "2");
        assertThat(other.lookupKey()).isNotEqualTo(keys.lookupKey());
        assertThat(other.blobKey()).isNotEqualTo(keys.blobKey());
    }

    @Test
    void theKeysFollowArgon2idAndHkdfWithTheDocumentedParameters() {
        // Argon2id, then HKDF-SHA-256 with the two labels: recomputed here independently of the class's own code
        byte[] master = new byte[32];
        var argon = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        argon.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
            org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id).withVersion(0x13).withMemoryAsKB(19456)
            .withIterations(2).withParallelism(1)
            .withSalt("remoteassist/easy-connect/v1".getBytes(StandardCharsets.US_ASCII)).build());
        argon.generateBytes(password.getBytes(StandardCharsets.UTF_8), master);
        var hkdf = new org.bouncycastle.crypto.generators.HKDFBytesGenerator(
            new org.bouncycastle.crypto.digests.SHA256Digest());
        hkdf.init(org.bouncycastle.crypto.params.HKDFParameters.skipExtractParameters(master,
            "remoteassist easy-connect lookup key v1".getBytes(StandardCharsets.US_ASCII)));
        byte[] lookup = new byte[32];
        hkdf.generateBytes(lookup, 0, 32);
        assertThat(keys.lookupKey()).isEqualTo(lookup);
    }

    @Test
    void aSealedFileOpensWithTheSamePasswordOnly() throws Exception {
        byte[] blob = EasyConnectBlob.seal(keys, FILE);
        assertThat(new String(blob, StandardCharsets.ISO_8859_1)).doesNotContain("UPLOADINFO");
        assertThat(EasyConnectBlob.open(EasyConnectKeys.derive(password), blob)).isEqualTo(FILE);
        EasyConnectKeys wrong = EasyConnectKeys.derive("WRONGPASSWRD");
        assertThatThrownBy(() -> EasyConnectBlob.open(wrong, blob))
            .isInstanceOf(EasyConnectException.class).hasMessageContaining("does not open with this password");
    }

    @Test
    void anAlteredOrTruncatedBlobIsRefusedWithAReason() {
        byte[] blob = EasyConnectBlob.seal(keys, FILE);
        byte[] altered = blob.clone();
        altered[altered.length - 20] ^= 1;
        assertThatThrownBy(() -> EasyConnectBlob.open(keys, altered)).hasMessageContaining("altered");
        assertThatThrownBy(() -> EasyConnectBlob.open(keys, new byte[10])).hasMessageContaining("wrong size");
        byte[] version = blob.clone();
        version[0] = 9;
        assertThatThrownBy(() -> EasyConnectBlob.open(keys, version)).hasMessageContaining("blob version 9");
        assertThatThrownBy(() -> EasyConnectBlob.seal(keys, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedPasswordsAreNormalized() {
        assertThat(EasyConnectKeys.normalize(" abcd-efgh 2345 ")).isEqualTo("ABCDEFGH2345");
        assertThatThrownBy(() -> EasyConnectKeys.derive("")).isInstanceOf(IllegalArgumentException.class);
    }
}
