package io.remoteassist.invitation.api.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MsRcIncidentReaderChunkingTest {

    static List<Vectors.Vector> invitationFiles() {
        return Vectors.invitationFiles();
    }

    @ParameterizedTest
    @MethodSource("invitationFiles")
    void aFileTruncatedAtAnyLengthIsRejectedWithACheckedErrorOrRead(Vectors.Vector vector) {
        byte[] whole = vector.bytes();
        byte[] utf16 = ("\uFEFF" + new String(whole, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
        int rejected = 0;
        for (byte[] bytes : List.of(whole, utf16)) {
            for (int length = 0; length < bytes.length; length++) {
                if (!readsOrFailsCleanly(Arrays.copyOf(bytes, length), vector.password())) {
                    rejected++;
                }
            }
        }
        // Only cuts in the trailing whitespace of a file can leave it whole.
        assertThat(rejected).isGreaterThanOrEqualTo(whole.length + utf16.length - 4);
    }

    @ParameterizedTest
    @MethodSource("invitationFiles")
    void aFileSplitAtAnyPointReadsAsTheWholeFile(Vectors.Vector vector) throws Exception {
        byte[] bytes = vector.bytes();
        IncidentTicket expected = MsRcIncidentReader.read(bytes, vector.password());
        for (int split = 0; split <= bytes.length; split++) {
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(bytes, 0, split),
                    new ByteArrayInputStream(bytes, split, bytes.length - split));

            assertThat(MsRcIncidentReader.read(in, vector.password())).as("split at %d", split).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("invitationFiles")
    void aFileDeliveredInRandomSmallChunksReadsAsTheWholeFile(Vectors.Vector vector) throws Exception {
        byte[] bytes = vector.bytes();
        IncidentTicket expected = MsRcIncidentReader.read(bytes, vector.password());
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            assertThat(MsRcIncidentReader.read(new TricklingInputStream(bytes, random), vector.password()))
                    .isEqualTo(expected);
        }
    }

    private static boolean readsOrFailsCleanly(byte[] bytes, String password) {
        try {
            MsRcIncidentReader.read(bytes, password);
            return true;
        } catch (InvitationFileException expected) {
            return false;
        } catch (Throwable unexpected) {
            return fail("%d bytes gave %s", bytes.length, unexpected);
        }
    }

    /** Hands out its bytes a few at a time, as a slow network or a pipe does. */
    private static final class TricklingInputStream extends InputStream {

        private final byte[] bytes;
        private final Random random;
        private int position;

        TricklingInputStream(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(7)), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, n);
            position += n;
            return n;
        }
    }
}
