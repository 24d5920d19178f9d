package io.remoteassist.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM
 * on loopback. It can be stopped and started again on the same port and log directory, which
 * is how tests simulate a broker outage.
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CLUSTER_ID = "cmVtb3RlYXNzaXN0MDAwMQ";

    private final Path logDir;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private LocalKafka(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats the log directory if needed and starts the broker.
     *
     * @param logDir where the broker keeps its logs (kept on close)
     * @param brokerPort the client port, or 0 for any free one
     */
    public static LocalKafka start(Path logDir, int brokerPort) throws IOException {
        int port = brokerPort > 0 ? brokerPort : freePort();
        LocalKafka kafka = new LocalKafka(logDir, port, freePort());
        kafka.start();
        return kafka;
    }

    /** Starts (again) on the same ports and log directory. */
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        Files.createDirectories(logDir);
        Properties props = properties();
        Path file = logDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "local single-node broker");
        }
        ByteArrayOutputStream formatOut = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", CLUSTER_ID, "-c", file.toString(),
            "--ignore-formatted"}, new PrintStream(formatOut, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IOException("formatting " + logDir + " failed: " + formatOut);
        }
        KafkaRaftServer raft = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        raft.startup();
        server = raft;
    }

    /** Stops the broker; {@link #start()} brings it back with its data. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
