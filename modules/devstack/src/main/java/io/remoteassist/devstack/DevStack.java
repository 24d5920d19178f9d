package io.remoteassist.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local PostgreSQL and Kafka of {@code ops/ra up} in one process until it is killed.
 * Usage: {@code DevStack STATE_DIR PG_PORT KAFKA_PORT}; it writes {@code STATE_DIR/stack.env}
 * with the addresses once both are ready.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DevStack STATE_DIR PG_PORT KAFKA_PORT");
            System.exit(2);
        }
        Path state = Path.of(args[0]);
        LocalPostgres pg = LocalPostgres.start(state.resolve("pgdata"), Integer.parseInt(args[1]));
        LocalKafka kafka = LocalKafka.start(state.resolve("kafka"), Integer.parseInt(args[2]));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            closeQuietly(pg);
            stop.countDown();
        }));
        String env = "RA_DB_URL=" + pg.jdbcUrl() + "\n"
            + "RA_DB_REACTIVE_URL=" + pg.reactiveUrl() + "\n"
            + "RA_DB_USER=" + pg.user() + "\n"
            + "RA_KAFKA_BOOTSTRAP=" + kafka.bootstrapServers() + "\n";
        Path tmp = state.resolve("stack.env.tmp");
        Files.writeString(tmp, env, StandardCharsets.UTF_8);
        Files.move(tmp, state.resolve("stack.env"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("postgres: " + pg.jdbcUrl());
        System.out.println("kafka: " + kafka.bootstrapServers());
        stop.await();
    }

    private static void closeQuietly(LocalPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("stopping postgres: " + e.getMessage());
        }
    }
}
