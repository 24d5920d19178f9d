package io.remoteassist.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("RA_SERVER", "http://127.0.0.1:9"));

    @TempDir
    Path dir;

    @Test
    void inspectPrintsTheUserExpiryAndAddressesOfAWindowsInvitation() throws IOException {
        Path file = copy("type2-2024.MsRcIncident");
        int rc = cli.run(new String[] {"inspect", file.toString(), "--password", "4X638PTVZTKZ"});
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).containsPattern("(?m)^user: ").containsPattern("(?m)^session: ")
            .containsPattern("(?m)^address: .+:\\d+$");
    }

    @Test
    void inspectWithAWrongPasswordExitsNonZeroWithOneLine() throws IOException {
        Path file = copy("type2-2024.MsRcIncident");
        int rc = cli.run(new String[] {"inspect", file.toString(), "--password", "WRONGPASSWORD"});
        assertThat(rc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("ra inspect: ").doesNotContain("\n");
    }

    @Test
    void anUnreachableServerIsNamedInTheError() {
        int rc = cli.run(new String[] {"consent", "3a1c1a52-4a55-4b5c-9a55-0b7d0a4f1e03", "--allow"});
        assertThat(rc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach the server at http://127.0.0.1:9/");
    }

    @Test
    void anUnknownVerbIsAUsageError() {
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown verb 'frobnicate'");
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/vectors/" + name)) {
            assertThat(in).as("test vector " + name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }
}
