package io.remoteassist.invitation.api.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The real Windows invitation files under {@code src/test/resources/vectors/}, with their passwords. */
final class Vectors {

    /**
     * One line of {@code vectors.tsv}.
     *
     * @param file the file name
     * @param password the invitation password, empty for the malformed files
     * @param parses whether the file must be accepted
     * @param encryptedPassStub the expected encrypted PassStub in upper-case hex, or null when not given
     */
    record Vector(String file, String password, boolean parses, String encryptedPassStub) {

        byte[] bytes() {
            return Vectors.bytes(file);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private Vectors() {
    }

    static List<Vector> all() {
        return new String(bytes("vectors.tsv"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> new Vector(f[0], f[1], f[2].equals("ok"), f[4].equals("-") ? null : f[4]))
                .toList();
    }

    static List<Vector> invitationFiles() {
        return all().stream().filter(v -> v.file().endsWith(".MsRcIncident")).toList();
    }

    static Vector named(String file) {
        return all().stream().filter(v -> v.file().equals(file)).findFirst().orElseThrow();
    }

    static byte[] bytes(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + file)) {
            return Objects.requireNonNull(in, file).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
