package io.remoteassist.agent.bench;

import io.remoteassist.agent.Credentials;
import io.remoteassist.agent.invite.InvitationMaker;

import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes invitations the way the User's agent does, as fast as {@code concurrency} agents can, against the running
 * server, and prints {@code key=value} figures: invitations per second and latency. Each one is the whole path:
 * password, SRP-6a verifier and .MsRcIncident file made in the agent, metadata registered with the server (a
 * command on the event store with its audit row and Kafka record). Usage:
 * {@code InvitationBench SERVER_URL [count] [concurrency]}.
 */
public final class InvitationBench {

    private InvitationBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        // each worker is a User of its own, made by an Admin (RA_BENCH_ADMIN, default admin) before the clock starts
        Credentials admin = Credentials.named(System.getenv(), System.getenv().getOrDefault("RA_BENCH_ADMIN",
            "admin"));
        Credentials[] users = new Credentials[concurrency];
        for (int w = 0; w < concurrency; w++) {
            users[w] = Credentials.create(server, admin, "invbench-" + w + "-" + Long.toString(System.nanoTime(), 36),
                "user");
        }
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        Future<?>[] workers = new Future<?>[concurrency];
        for (int w = 0; w < concurrency; w++) {
            Credentials user = users[w];
            InvitationMaker maker = new InvitationMaker(server, user);
            workers[w] = pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        maker.make(user.user(), "bench" + i + ".example.test", 30, "file", null);
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("first failure: " + e.getMessage());
                        }
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
