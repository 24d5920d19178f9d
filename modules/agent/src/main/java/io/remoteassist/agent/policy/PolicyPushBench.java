package io.remoteassist.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.transport.api.HttpClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/**
 * Connects N simulated agents (default 1,000), each a {@link PolicyClient} for its own computer in a fresh OU,
 * then makes an admin change a few times and prints how long after the change each agent held it (p50, p90, p99,
 * p100) and the machine's one-minute load average (the figures move with it). Arguments:
 * {@code [serverUrl] [agents] [rounds]}, defaults {@code http://localhost:8080 1000 5}.
 */
public final class PolicyPushBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClients.shared();
    /** The Admin who sets up the directory and the GPO ($RA_BENCH_ADMIN, default admin), and the agents' User. */
    private static final io.remoteassist.agent.Credentials ADMIN = io.remoteassist.agent.Credentials.named(
        System.getenv(), System.getenv().getOrDefault("RA_BENCH_ADMIN", "admin"));
    private static final io.remoteassist.agent.Credentials AGENT = io.remoteassist.agent.Credentials.named(
        System.getenv(), System.getenv().getOrDefault("RA_BENCH_USER", "alice"));
    private static final String[] LEVELS = {"no-drag", "no-background", "full", "none"};

    private PolicyPushBench() {
    }

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "http://localhost:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String n = UUID.randomUUID().toString().substring(0, 6);

        JsonNode directory = call(server, "GET", "/api/directory", null);
        if (directory == null) {
            directory = call(server, "POST", "/api/directory", Map.of("domain", "bench.test", "netbiosName", "BENCH"));
        }
        String domain = directory.path("domain").asText();
        String dc = Arrays.stream(domain.split("\\.")).map(p -> "DC=" + p).collect(Collectors.joining(","));
        StringBuilder ldif = new StringBuilder("dn: OU=Bench" + n + "," + dc + "\nobjectClass: organizationalUnit\n");
        for (int i = 0; i < count; i++) {
            ldif.append("\ndn: CN=B").append(i).append(",OU=Bench").append(n).append(',').append(dc)
                .append("\nobjectClass: computer\ndNSHostName: b").append(i).append('-').append(n).append('.')
                .append(domain).append('\n');
        }
        long setup = System.nanoTime();
        call(server, "POST", "/api/directory/ldif", ldif.toString());
        String gpo = call(server, "POST", "/api/policy/gpos", Map.of("name", "Bench " + n)).path("id").asText();
        call(server, "PUT", "/api/policy/gpos/" + gpo + "/settings/logging", Map.of("line", "enabled"));
        call(server, "POST", "/api/policy/gpos/" + gpo + "/links", Map.of("container", "ou:Bench" + n));
        System.out.printf("directory: %d computers in OU Bench%s, GPO linked (%d ms)%n", count, n,
            (System.nanoTime() - setup) / 1_000_000);

        Map<Integer, Long> heldAt = new ConcurrentHashMap<>();
        Map<Integer, String> held = new ConcurrentHashMap<>();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        HttpClient shared = HttpClients.shared();
        List<PolicyClient> clients = new ArrayList<>();
        long connect = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int agent = i;
            clients.add(PolicyClient.builder(PolicyClient.endpointOf(server), "b" + i + "-" + n + "." + domain)
                .httpClient(shared).scheduler(scheduler).credentials(AGENT)
                .onApply(p -> {
                    held.put(agent, p.option("bandwidth", "level") + "");
                    heldAt.put(agent, System.nanoTime());
                })
                .build().start());
        }
        waitUntil(() -> held.size() == count, Duration.ofSeconds(120));
        System.out.printf("%d agents connected and hold their policy (%d ms)%n", count,
            (System.nanoTime() - connect) / 1_000_000);

        for (int r = 0; r < rounds; r++) {
            String level = LEVELS[r % LEVELS.length];
            long changedAt = System.nanoTime();
            call(server, "PUT", "/api/policy/gpos/" + gpo + "/settings/bandwidth", Map.of("line", "enabled level=" + level));
            long answeredAt = System.nanoTime();
            waitUntil(() -> held.values().stream().filter(level::equals).count() == count, Duration.ofSeconds(60));
            long[] ms = heldAt.values().stream().mapToLong(t -> (t - changedAt) / 1_000_000).sorted().toArray();
            System.out.printf("round %d (bandwidth level=%s): PUT answered in %d ms; all %d agents hold it: "
                    + "p50 %d ms, p90 %d ms, p99 %d ms, p100 %d ms; load_avg %.1f%n", r + 1, level,
                (answeredAt - changedAt) / 1_000_000, count, ms[ms.length / 2], ms[(int) (ms.length * 0.9)],
                ms[(int) (ms.length * 0.99)], ms[ms.length - 1],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        clients.forEach(PolicyClient::close);
        scheduler.shutdownNow();
    }

    private static JsonNode call(String server, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(2));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body instanceof String text) {
            request.header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        ADMIN.header().ifPresent(h -> request.header("Authorization", h));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404 && "GET".equals(method)) {
            return null;
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
        throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout);
            }
            Thread.sleep(2);
        }
    }
}
