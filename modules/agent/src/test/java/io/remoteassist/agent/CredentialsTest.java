package io.remoteassist.agent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsTest {

    @TempDir
    Path dir;

    @Test
    void rauserAndRapasswordGiveTheBasicHeader() {
        Credentials c = Credentials.fromEnv(Map.of("RA_USER", "bob", "RA_PASSWORD", "pw:with:colons", "USER", "root"));
        assertThat(c.user()).isEqualTo("bob");
        assertThat(c.header()).hasValue("Basic " + Base64.getEncoder()
            .encodeToString("bob:pw:with:colons".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutAPasswordTheNamesLineOfTheCredentialsFileIsUsed() throws IOException {
        Path file = Files.writeString(dir.resolve("demo-credentials"), "alice:A1b2C3\nbob:Z9y8X7\n");
        Credentials c = Credentials.fromEnv(Map.of("RA_USER", "bob", "RA_CREDENTIALS_FILE", file.toString()));
        assertThat(c.password()).isEqualTo("Z9y8X7");
        assertThat(Credentials.named(Map.of("RA_CREDENTIALS_FILE", file.toString()), "alice").password())
            .isEqualTo("A1b2C3");
    }

    @Test
    void noPasswordMeansNoHeaderAndAHintAtTheRemedy() {
        Credentials c = Credentials.fromEnv(Map.of("USER", "carol"));
        assertThat(c.user()).isEqualTo("carol");
        assertThat(c.header()).isEmpty();
        assertThat(c.signInHint()).contains("RA_USER").contains("RA_PASSWORD").contains("--as");
        assertThat(Credentials.named(Map.of("RA_CREDENTIALS_FILE", dir.resolve("none").toString()), "x").header())
            .isEmpty();
    }
}
