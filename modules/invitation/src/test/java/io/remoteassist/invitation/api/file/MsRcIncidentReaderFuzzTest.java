package io.remoteassist.invitation.api.file;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the reader with Jazzer: whatever the bytes, only {@link InvitationFileException}
 * may escape (Jazzer reports any other throwable as a finding).
 *
 * <p>A plain {@code mvn test} runs the seed corpus in {@code MsRcIncidentReaderFuzzTestInputs/} only. To fuzz:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl modules/invitation test -Dtest=MsRcIncidentReaderFuzzTest -Djazzer.max_duration=60s
 * </pre>
 * Inputs that crash are written next to the seeds; keep them there as regression cases once fixed.
 */
class MsRcIncidentReaderFuzzTest {

    private static final List<String> PASSWORDS = List.of("Password1", "48BJQ853X3B4", "4X638PTVZTKZ", "");

    @FuzzTest(maxDuration = "60s")
    void onlyInvitationFileExceptionEscapesTheReader(byte[] data) {
        try {
            MsRcIncidentReader.read(data);
        } catch (InvitationFileException expected) {
            // A clean refusal is the only acceptable failure.
        }
        for (String password : PASSWORDS) {
            try {
                MsRcIncidentReader.read(data, password);
            } catch (InvitationFileException expected) {
                // As above.
            }
        }
        try {
            ConnectionString2.parse(new String(data, StandardCharsets.ISO_8859_1));
        } catch (InvitationFileException expected) {
            // As above.
        }
    }
}
