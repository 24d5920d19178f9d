package io.remoteassist.server.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * At start, creates or updates the identities of the file named by {@code ra.security.seed-file} (set by
 * {@code ops/ra up} for its demo identities, and by the tests): one {@code name:password[:role,role]} line each;
 * a line without roles takes those of {@code ra.security.demo-roles}. A bad line stops the start with its number.
 */
@Singleton
public class IdentitySeeder {

    private static final Logger LOG = Logger.getLogger(IdentitySeeder.class);

    private final Identities identities;
    private final Optional<String> file;
    private final Map<String, Set<String>> demoRoles;

    IdentitySeeder(Identities identities, @ConfigProperty(name = "ra.security.seed-file") Optional<String> file,
                   @ConfigProperty(name = "ra.security.demo-roles") Optional<List<String>> demoRoles) {
        this.identities = identities;
        this.file = file.filter(f -> !f.isBlank());
        this.demoRoles = new HashMap<>();
        for (String entry : demoRoles.orElse(List.of())) {
            String[] parts = entry.split("=", 2);
            if (parts.length == 2) {
                this.demoRoles.put(parts[0].strip(), Set.of(parts[1].strip().split("\\+")));
            }
        }
    }

    void seed(@Observes StartupEvent start) {
        if (file.isEmpty()) {
            return;
        }
        Path path = Path.of(file.get());
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identities of ra.security.seed-file " + path, e);
        }
        int seeded = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 3);
            String where = path + " line " + (i + 1);
            if (parts.length < 2) {
                throw new IllegalStateException(where + ": expected name:password[:role,role]");
            }
            Set<String> roles = parts.length == 3 ? new LinkedHashSet<>(Arrays.asList(parts[2].split(",")))
                : demoRoles.get(parts[0]);
            if (roles == null) {
                throw new IllegalStateException(where + ": " + parts[0] + " has no roles (give name:password:role, "
                    + "or name it in ra.security.demo-roles)");
            }
            try {
                identities.put(parts[0], parts[1], roles);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage());
            }
            seeded++;
        }
        LOG.infof("identities: %d created or updated from %s", seeded, path);
    }
}
