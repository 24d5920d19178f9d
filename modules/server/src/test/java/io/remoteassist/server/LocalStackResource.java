package io.remoteassist.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.remoteassist.devstack.LocalKafka;
import io.remoteassist.devstack.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;

/**
 * Starts a real PostgreSQL, a real single-node Kafka broker and a real SMTP server for the tests, once per JVM, and
 * hands their addresses to the server. It also writes the identities file the server seeds at start: one test
 * operator ({@link #OPERATOR}, Admin and Auditor) with a password made here; {@link Api} makes the rest. Tests reach the broker through {@link #kafka()} to stop
 * and restart it.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static GreenMail smtp;
    private static java.nio.file.Path identities;

    /** The identity the tests administer and audit with; its password is in the file of {@link #identities()}. */
    public static final String OPERATOR = "ops";

    /** The identities file: {@code name:password:roles} lines (the system property survives class loaders). */
    public static java.nio.file.Path identities() {
        return java.nio.file.Path.of(System.getProperty("ra.test.identities"));
    }

    public static synchronized LocalKafka kafka() {
        return kafka;
    }

    /** The SMTP server the tests receive e-mail on. */
    public static synchronized GreenMail smtp() {
        return smtp;
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = LocalPostgres.start(null, 0);
                kafka = LocalKafka.start(Files.createTempDirectory("ra-kafka"), 0);
                smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                smtp.start();
                identities = Files.createTempFile("ra-identities", ".txt");
                byte[] secret = new byte[18];
                new java.security.SecureRandom().nextBytes(secret);
                Files.writeString(identities, OPERATOR + ":" + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(secret) + ":admin,auditor\n");
                System.setProperty("ra.test.identities", identities.toString());
                Runtime.getRuntime().addShutdownHook(new Thread(LocalStackResource::stopAll));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
            "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
            "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
            "quarkus.datasource.username", postgres.user(),
            "quarkus.datasource.password", "postgres",
            "ra.kafka.bootstrap", kafka.bootstrapServers(),
            "quarkus.mailer.host", "127.0.0.1",
            "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
            "ra.security.seed-file", identities.toString());
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime, shared by every test class
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void stopAll() {
        smtp.stop();
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("stopping postgres: " + e.getMessage());
        }
    }
}
