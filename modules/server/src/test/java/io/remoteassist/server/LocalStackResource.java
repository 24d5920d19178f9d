package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.remoteassist.devstack.LocalKafka;
import io.remoteassist.devstack.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real single-node Kafka broker for the tests, once per JVM, and
 * hands their addresses to the server. Tests reach the broker through {@link #kafka()} to stop
 * and restart it.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres postgres;
    private static LocalKafka kafka;

    public static synchronized LocalKafka kafka() {
        return kafka;
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = LocalPostgres.start(null, 0);
                kafka = LocalKafka.start(Files.createTempDirectory("ra-kafka"), 0);
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
            "ra.kafka.bootstrap", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime, shared by every test class
    }

    private static void stopAll() {
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("stopping postgres: " + e.getMessage());
        }
    }
}
