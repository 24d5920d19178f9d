package io.remoteassist.agent.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates invitations through the running server's REST API as fast as {@code concurrency} clients can and
 * prints {@code key=value} figures: invitations per second and request latency. Every invitation is a real
 * command on the event store with its audit row and Kafka record. Usage:
 * {@code InvitationBench SERVER_URL [count] [concurrency]}.
 */
public final class InvitationBench {

    private InvitationBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // every invitation is the same User's (RA_USER, default alice; password as the ra command finds it)
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("RA_USER", "alice");
        String auth = io.remoteassist.agent.Credentials.fromEnv(env).header().orElse("");
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[concurrency];
        for (int w = 0; w < concurrency; w++) {
            workers[w] = pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String body = "{\"computer\":\"bench" + i
                        + ".example.test\",\"expiresInMinutes\":30}";
                    long t0 = System.nanoTime();
                    try {
                        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/api/invitations"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body));
                        if (!auth.isEmpty()) {
                            request.header("Authorization", auth);
                        }
                        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("invitations=%d concurrency=%d seconds=%.2f invitations_per_s=%.1f latency_ms_p50=%.1f "
                + "latency_ms_p95=%.1f failures=%d%n", count, concurrency, seconds, count / seconds,
            latencies[count / 2] / 1e6, latencies[count * 95 / 100] / 1e6, failures.get());
    }
}
