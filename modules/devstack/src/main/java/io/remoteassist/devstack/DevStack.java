package io.remoteassist.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local PostgreSQL and Kafka of {@code ops/ra up} in one process until it is killed.
 * Usage: {@code DevStack STATE_DIR PG_PORT|off KAFKA_PORT|off}; it writes {@code STATE_DIR/stack.env}
 * with the addresses of what it started once all of it is ready.
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
        LocalPostgres pg = "off".equals(args[1]) ? null
            : LocalPostgres.start(state.resolve("pgdata"), Integer.parseInt(args[1]));
        LocalKafka kafka = "off".equals(args[2]) ? null
            : LocalKafka.start(state.resolve("kafka"), Integer.parseInt(args[2]));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka != null) {
                kafka.close();
            }
            if (pg != null) {
                closeQuietly(pg);
            }
            stop.countDown();
        }));
        StringBuilder env = new StringBuilder();
        if (pg != null) {
            env.append("RA_DB_URL=").append(pg.jdbcUrl()).append('\n')
                .append("RA_DB_REACTIVE_URL=").append(pg.reactiveUrl()).append('\n')
                .append("RA_DB_USER=").append(pg.user()).append('\n')
                .append("RA_DB_PASSWORD=postgres\n");
            System.out.println("postgres: " + pg.jdbcUrl());
        }
        if (kafka != null) {
            env.append("RA_KAFKA_BOOTSTRAP=").append(kafka.bootstrapServers()).append('\n');
            System.out.println("kafka: " + kafka.bootstrapServers());
        }
        Path tmp = state.resolve("stack.env.tmp");
        Files.writeString(tmp, env.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, state.resolve("stack.env"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
