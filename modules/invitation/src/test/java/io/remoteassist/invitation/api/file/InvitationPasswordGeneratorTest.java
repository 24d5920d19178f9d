package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationPasswordGeneratorTest {

    private final InvitationPasswordGenerator generator = new InvitationPasswordGenerator();

    @Test
    void aPasswordIsTwelveCharactersOfTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            assertThat(generator.generate()).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
        }
    }

    @Test
    void aPasswordCarriesAtLeastSixtyBits() {
        double bits = InvitationPasswordGenerator.LENGTH
                * (Math.log(InvitationPasswordGenerator.ALPHABET.length()) / Math.log(2));

        assertThat(bits).isGreaterThanOrEqualTo(60.0).isEqualTo(InvitationPasswordGenerator.ENTROPY_BITS);
        assertThat(InvitationPasswordGenerator.ALPHABET.chars().distinct().count()).isEqualTo(32);
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsedAtEveryPosition() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String password = generator.generate();
            for (int p = 0; p < password.length(); p++) {
                seen.add(p + ":" + password.charAt(p));
            }
        }
        assertThat(seen).hasSize(12 * 32);
    }
}
