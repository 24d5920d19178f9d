package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassStubGeneratorTest {

    private final PassStubGenerator generator = new PassStubGenerator();

    @Test
    void aPassStubHasWindowsShapeASymbolADigitAnUpperAndALowerCaseLetterAtPositionsTwoToFive() {
        for (int i = 0; i < 1000; i++) {
            String stub = generator.generate();

            assertThat(stub).hasSize(14);
            assertThat(PassStubGenerator.SYMBOLS).contains(stub.substring(1, 2));
            assertThat(stub.charAt(2)).isBetween('0', '9');
            assertThat(stub.charAt(3)).isBetween('A', 'Z');
            assertThat(stub.charAt(4)).isBetween('a', 'z');
            assertThat(stub).matches("[A-Za-z0-9*_].{4}[A-Za-z0-9*_]{9}");
        }
    }

    @Test
    void noPassStubCharacterNeedsEscapingInXml() {
        for (int i = 0; i < 1000; i++) {
            assertThat(generator.generate()).doesNotContainPattern("[&<>\"'\\s]");
        }
    }

    @Test
    void passStubsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(generator.generate())).isTrue();
        }
    }
}
