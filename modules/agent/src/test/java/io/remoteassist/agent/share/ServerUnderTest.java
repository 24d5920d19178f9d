package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.devstack.LocalCertificates;
import io.remoteassist.devstack.LocalKafka;
import io.remoteassist.devstack.LocalPostgres;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real server for the pipeline tests: its production jar as a child process, on a real PostgreSQL and Kafka
 * broker (devstack), with extra system properties.
 */
public final class ServerUnderTest implements AutoCloseable {

    /** The server build to run: {@code $RA_SERVER_APP/quarkus-run.jar}, by default this checkout's. */
    public static final Path JAR = Path.of(System.getenv().getOrDefault("RA_SERVER_APP", "../server/target/quarkus-app"),
        "quarkus-run.jar").toAbsolutePath().normalize();

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final Process process;
    private Path app;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    public final URI base;
    /** Over TLS: the CA that signed the server's certificate and the key store (else null). */
    public final LocalCertificates.Made tls;
    /** The port the server listens on: its HTTPS port over TLS. */
    public final int port;
    /** Its plain HTTP port (closed over TLS). */
    public final int plainPort;
    final Path log;

    /**
     * alice (User), bob (Helper) and admin (Admin), with passwords made for this run and seeded by the server at
     * start; {@link #identity} adds more.
     */
    public final Map<String, io.remoteassist.agent.Credentials> identities = new java.util.HashMap<>();

    public ServerUnderTest(Map<String, String> properties) throws IOException, InterruptedException {
        this(properties, false);
    }

    /**
     * The server with HTTPS only (plain HTTP off), its certificate signed by a CA of this run ({@link #tls}), which
     * this JVM's clients trust ({@code ra.ca.file}); {@link #base} is its {@code https://localhost} address.
     */
    public static ServerUnderTest overTls(Map<String, String> properties) throws IOException, InterruptedException {
        return new ServerUnderTest(properties, true);
    }

    private ServerUnderTest(Map<String, String> properties, boolean overTls) throws IOException, InterruptedException {
        Path seed = Files.createTempFile("ra-pipeline-identities", ".txt");
        StringBuilder lines = new StringBuilder();
        for (String[] identity : new String[][] {{"alice", "user"}, {"bob", "helper"}, {"admin", "admin"}}) {
            byte[] secret = new byte[18];
            new java.security.SecureRandom().nextBytes(secret);
            String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            identities.put(identity[0], new io.remoteassist.agent.Credentials(identity[0], password));
            lines.append(identity[0]).append(':').append(password).append(':').append(identity[1]).append('\n');
        }
        Files.writeString(seed, lines);
        postgres = LocalPostgres.start(null, 0);
        kafka = LocalKafka.start(Files.createTempDirectory("ra-pipeline-kafka"), 0);
        plainPort = freePort();
        Map<String, String> env = new java.util.HashMap<>();
        if (overTls) {
            try {
                tls = LocalCertificates.ensure(Files.createTempDirectory("ra-pipeline-tls"));
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("cannot make the test certificates: " + e.getMessage(), e);
            }
            System.setProperty(HttpClients.CA_FILE_PROPERTY, tls.ca().toString());
            port = freePort();
            env.putAll(Map.of("RA_TLS_PORT", String.valueOf(port), "RA_PLAIN_HTTP", "disabled",
                "RA_RELAY_PORT", properties.getOrDefault("ra.relay.port", String.valueOf(port)),
                "QUARKUS_TLS_KEY_STORE_P12_PATH", tls.keyStore().toString(),
                "QUARKUS_TLS_KEY_STORE_P12_PASSWORD", new String(tls.readPassword())));
            base = URI.create("https://localhost:" + port + "/");
            http = HttpClients.builder(tls.ca()).build();
        } else {
            tls = null;
            port = plainPort;
            base = URI.create("http://localhost:" + port + "/");
            http = HttpClient.newHttpClient();
        }
        log = Files.createTempFile("ra-pipeline-server", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-Ddisable-axoniq-console-message=true"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dra.security.seed-file=" + seed);
        app = privateCopy();
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of("RA_PORT", String.valueOf(plainPort), "RA_DB_URL", postgres.jdbcUrl(),
            "RA_DB_REACTIVE_URL", postgres.reactiveUrl(), "RA_DB_USER", postgres.user(), "RA_DB_PASSWORD", "postgres",
            "RA_KAFKA_BOOTSTRAP", kafka.bootstrapServers()));
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("q/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the server did not start; see " + log + ":\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    /** The server's build directory can be rebuilt while the test runs: run a copy of it. */
    private static Path privateCopy() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                Path copy = copyOnce();
                if (Files.isRegularFile(copy.resolve("quarkus-run.jar"))
                    && Files.isRegularFile(copy.resolve("quarkus/quarkus-application.dat"))) {
                    return copy;
                }
            } catch (IOException e) {
                if (attempt >= 30) {
                    throw e;
                }
            }
            if (attempt >= 30) {
                throw new IOException("no complete server build in " + JAR.getParent());
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    private static Path copyOnce() throws IOException {
        Path source = JAR.getParent();
        Path target = Files.createTempDirectory("ra-pipeline-app");
        try (var paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return target;
    }

    /**
     * Has admin create (or replace) the identity {@code name} with {@code roles} and a new password, kept in
     * {@link #identities}.
     */
    public io.remoteassist.agent.Credentials identity(String name, String... roles)
        throws IOException, InterruptedException {
        io.remoteassist.agent.Credentials made = io.remoteassist.agent.Credentials.create(base, identities.get("admin"),
            name, roles);
        identities.put(name, made);
        return made;
    }

    /** The environment of an {@code ra} command signed in as {@code as}, with {@code more} variables. */
    public Map<String, String> env(String as, String... more) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("RA_SERVER", base.toString());
        if (tls != null) {
            env.put("RA_CA_FILE", tls.ca().toString());
        }
        env.put("RA_USER", as);
        env.put("RA_PASSWORD", identities.get(as).password());
        for (int i = 0; i + 1 < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** A POST as {@code as} (one of {@link #identities}). */
    JsonNode post(String as, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Authorization", identities.get(as).header().orElseThrow())
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** PUTs a text body (policy settings in their textual form) as {@code as}. */
    JsonNode putText(String as, String path, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "text/plain")
            .header("Authorization", identities.get(as).header().orElseThrow())
            .PUT(HttpRequest.BodyPublishers.ofString(text)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** A GET as {@code as} (one of {@link #identities}). */
    public JsonNode get(String as, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", identities.get(as).header().orElseThrow()).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** @return the value of a response header of a GET by bob, signed in through the consoles' login form */
    String header(String path, String name) throws IOException, InterruptedException {
        HttpClient signedIn = (tls == null ? HttpClient.newBuilder() : HttpClients.builder(tls.ca()))
            .cookieHandler(new java.net.CookieManager()).build();
        var bob = identities.get("bob");
        signedIn.send(HttpRequest.newBuilder(base.resolve("j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("j_username=" + bob.user() + "&j_password=" + bob.password()))
            .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = signedIn.send(HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " to bob");
        }
        return response.headers().firstValue(name).orElse("");
    }

    /** An invitation made by alice's agent, opened by bob with the password: the session id. */
    String openSession() throws IOException, InterruptedException {
        try (InvitationAgent agent = new InvitationAgent(base, identities.get("alice"), null, System.out,
            java.time.Clock.systemUTC())) {
            InvitationMaker.Made made = agent.maker().make("alice", "alice-pc.example.test", 30, "file", null);
            agent.serve(made.invitation());
            for (int attempt = 0; ; attempt++) {
                try {
                    return OpenCommand.open(made.file(), made.password(), "bob", base).sessionId();
                } catch (InvitationException e) {
                    // the agent's socket may not have reached the relay yet
                    if (!e.getMessage().contains("not running") || attempt > 100) {
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
        } catch (io.remoteassist.invitation.api.file.InvitationFileException e) {
            throw new IllegalStateException(e);
        }
    }

    void consent(String sessionId) throws IOException, InterruptedException {
        post("alice", "api/sessions/" + sessionId + "/consent", Map.of("allow", true));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kafka.close();
        deleteQuietly(app);
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("stopping postgres: " + e.getMessage());
        }
    }
}
