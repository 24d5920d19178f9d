package io.remoteassist.session.api.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Where session logs live, as in Windows: {@code <documents>/Remote Assistance Logs/YYYYMMDDHHMMSS.xml}, named by
 * the session's start in 24-hour local time. The documents folder is {@code RA_DOCUMENTS} when set, otherwise
 * {@code ~/Documents}.
 */
public final class SessionLogFiles {

    /** The folder inside the documents folder, Windows' name. */
    public static final String FOLDER = "Remote Assistance Logs";
    /** The environment variable that moves the documents folder. */
    public static final String DOCUMENTS_ENV = "RA_DOCUMENTS";

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private SessionLogFiles() {
    }

    /** The documents folder: {@code RA_DOCUMENTS} from {@code env}, else {@code <home>/Documents}. */
    public static Path documents(Map<String, String> env, String home) {
        String configured = env.get(DOCUMENTS_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(home, "Documents");
    }

    /** The log file of a session that started at {@code startedAt}, in the time zone {@code zone}. */
    public static Path fileFor(Path documents, Instant startedAt, ZoneId zone) {
        return documents.resolve(FOLDER).resolve(NAME.format(startedAt.atZone(zone)) + ".xml");
    }

    /**
     * Writes the whole log to its file (replaced atomically, so a reader never sees half a file).
     *
     * @return the file
     * @throws IllegalArgumentException for a log without entries (it has no start time to be named by)
     */
    public static Path save(Path documents, SessionLog log, ZoneId zone) throws IOException {
        if (log.startedAt() == null) {
            throw new IllegalArgumentException("a session log without entries has no file");
        }
        Path file = fileFor(documents, log.startedAt(), zone);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            SessionLogXml.write(log, out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
