package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PassStubCipherTest {

    @Test
    void theEncryptedPassStubsOfTheWindowsVectorsAreReproduced() {
        for (Vectors.Vector vector : Vectors.all()) {
            if (vector.encryptedPassStub() == null) {
                continue;
            }
            String passStub = passStubOf(Vectors.text(vector.file()));

            byte[] encrypted = PassStubCipher.encrypt(passStub, vector.password());

            assertThat(HexFormat.of().withUpperCase().formatHex(encrypted)).as(vector.file())
                    .isEqualTo(vector.encryptedPassStub());
        }
    }

    @Test
    void theEncryptedPassStubIsALengthPrefixAndTheUtf16Text() {
        assertThat(PassStubCipher.encrypt("RT=0PvIndan52*", "Password1")).hasSize(4 + 28);
        assertThat(PassStubCipher.encrypt("", "Password1")).hasSize(4);
    }

    @Test
    void matchingAcceptsOnlyTheRightPassStubAndPassword() {
        byte[] presented = PassStubCipher.encrypt("WB^6HsrIaFmEpi", "48BJQ853X3B4");

        assertThat(PassStubCipher.matches(presented, "WB^6HsrIaFmEpi", "48BJQ853X3B4")).isTrue();
        assertThat(PassStubCipher.matches(presented, "WB^6HsrIaFmEpi", "48BJQ853X3B5")).isFalse();
        assertThat(PassStubCipher.matches(presented, "WB^6HsrIaFmEpj", "48BJQ853X3B4")).isFalse();
    }

    private static String passStubOf(String file) {
        int start = file.indexOf("PassStub=\"") + "PassStub=\"".length();
        return file.substring(start, file.indexOf('"', start));
    }
}
