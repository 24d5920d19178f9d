package io.remoteassist.agent.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.capture.api.Capture;
import io.remoteassist.capture.api.ChangeDetector;
import io.remoteassist.capture.api.EncodedTile;
import io.remoteassist.capture.api.EncoderSettings;
import io.remoteassist.capture.api.Frame;
import io.remoteassist.capture.api.Rect;
import io.remoteassist.capture.api.ScreenSource;
import io.remoteassist.capture.api.TileEncoder;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ops/ra bench relay --sessions N --fps F [--seconds S]}: N encrypted sessions through a running server's
 * relay, each a User sending a replay of a synthetic 1280×720 desktop (pre-encoded tiles, so the figures are the
 * relay's and the crypto's, not the encoder's) at F frames per second, and a Helper receiving and decrypting.
 * Prints key=value figures: delivered frames per second per session, frame latency (last tile of a frame received
 * minus its first tile sent) p50/p95, and the relay's throughput.
 */
public final class RelayBench {

    private static final int REPLAY_FRAMES = 60;

    private RelayBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        int sessions = Integer.parseInt(args[1]);
        int fps = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<List<io.remoteassist.transport.api.Frame>> replay = replay();
        io.remoteassist.agent.Credentials admin = io.remoteassist.agent.Credentials.named(System.getenv(),
            System.getenv().getOrDefault("RA_BENCH_ADMIN", "admin"));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong deliveredFrames = new AtomicLong();
        AtomicLong deliveredBytes = new AtomicLong();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            pairs.add(new Pair(server, openSession(server, admin), latencies, deliveredFrames, deliveredBytes));
        }
        for (Pair pair : pairs) {
            pair.awaitKeyed();
        }
        long start = System.nanoTime();
        long period = 1_000_000_000L / fps;
        for (int tick = 0; System.nanoTime() - start < seconds * 1_000_000_000L; tick++) {
            for (Pair pair : pairs) {
                pair.sendFrame(replay.get(tick % replay.size()));
            }
            long wait = start + (tick + 1) * period - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        Thread.sleep(1000);
        double elapsed = (System.nanoTime() - start) / 1e9 - 1;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sessions=%d fps_target=%d seconds=%.1f%n", sessions, fps, elapsed);
        System.out.printf("fps_delivered_per_session=%.1f latency_ms_p50=%.1f latency_ms_p95=%.1f "
                + "relay_kbytes_per_s=%.0f%n", deliveredFrames.get() / elapsed / sessions, percentile(sorted, 0.5),
            percentile(sorted, 0.95), deliveredBytes.get() / 1024.0 / elapsed);
        for (Pair pair : pairs) {
            pair.close();
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** Encoded changed tiles of consecutive frames of the synthetic desktop. */
    private static List<List<io.remoteassist.transport.api.Frame>> replay() {
        List<List<io.remoteassist.transport.api.Frame>> frames = new ArrayList<>();
        try (ScreenSource source = Capture.syntheticSource(1280, 720, 7)) {
            ChangeDetector detector = Capture.changeDetector(1280, 720);
            TileEncoder encoder = Capture.encoder(EncoderSettings.lossless());
            detector.changedTiles(source.grab());
            for (int i = 0; i < REPLAY_FRAMES; i++) {
                Frame frame = source.grab();
                List<io.remoteassist.transport.api.Frame> tiles = new ArrayList<>();
                for (Rect area : detector.changedTiles(frame)) {
                    EncodedTile tile = encoder.encode(frame, area);
                    tiles.add(PayloadCodec.encode(new ScreenTile(area.x(), area.y(), area.width(), area.height(),
                        tile.encoding().id(), tile.payload())));
                }
                if (!tiles.isEmpty()) {
                    frames.add(tiles);
                }
            }
        }
        return frames;
    }

    /** A session and the identities of its two ends (made for the bench by the Admin). */
    private record Opened(String session, io.remoteassist.agent.Credentials user,
                          io.remoteassist.agent.Credentials helper) {
    }

    private static Opened openSession(URI server, io.remoteassist.agent.Credentials admin) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String n = java.util.UUID.randomUUID().toString().substring(0, 8);
        var user = io.remoteassist.agent.Credentials.create(server, admin, "bench-" + n, "user");
        var helper = io.remoteassist.agent.Credentials.create(server, admin, "bench-helper-" + n, "helper");
        JsonNode invitation = post(http, json, user, server.resolve("/api/invitations"),
            Map.of("computer", "bench.example.test", "expiresInMinutes", 30));
        String session = post(http, json, helper, server.resolve("/api/invitations/" + invitation.path("id").asText()
            + "/accept"), Map.of("password", invitation.path("password").asText())).path("sessionId").asText();
        for (int i = 0; i < 40; i++) {
            HttpRequest.Builder get = HttpRequest.newBuilder(server.resolve("/api/sessions/" + session));
            user.header().ifPresent(h -> get.header("Authorization", h));
            if (http.send(get.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        post(http, json, user, server.resolve("/api/sessions/" + session + "/consent"), Map.of("allow", true));
        return new Opened(session, user, helper);
    }

    private static JsonNode post(HttpClient http, ObjectMapper json, io.remoteassist.agent.Credentials as, URI uri,
                                 Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        as.header().ifPresent(h -> request.header("Authorization", h));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** One session: a User sending, a Helper receiving. */
    private static final class Pair {

        private final SecureChannel userChannel;
        private final SecureChannel helperChannel;
        private final RelaySocket user;
        private final RelaySocket helper;
        private final Outbound outbound;
        private final ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
        private final AtomicLong tilesSent = new AtomicLong();
        private long tilesReceived;

        Pair(URI server, Opened opened, ConcurrentLinkedQueue<Long> latencies, AtomicLong frames,
             AtomicLong bytes) {
            String session = opened.session();
            ServerApi api = new ServerApi(server, opened.user());
            ServerApi helperApi = new ServerApi(server, opened.helper());
            byte[] serverKey = api.signingKey();
            userChannel = new SecureChannel(session, Role.USER, serverKey, new SecureRandom());
            helperChannel = new SecureChannel(session, Role.HELPER, serverKey, new SecureRandom());
            byte[] userSignature = api.signKey(session, "USER", userChannel.publicKey());
            byte[] helperSignature = helperApi.signKey(session, "HELPER", helperChannel.publicKey());
            user = RelaySocket.connect(api.relay(session, "USER"), opened.user(), frame -> {
                if (frame.type() == FrameType.AUTH) {
                    userChannel.accept((Auth) PayloadCodec.decode(frame));
                }
            });
            helper = RelaySocket.connect(api.relay(session, "HELPER"), opened.helper(), frame -> {
                if (frame.type() == FrameType.AUTH) {
                    helperChannel.accept((Auth) PayloadCodec.decode(frame));
                } else if (frame.type() == FrameType.SCREEN_TILE) {
                    helperChannel.open(frame);
                    bytes.addAndGet(frame.wireSize());
                    tilesReceived++;
                    long[] head = pending.peek();
                    while (head != null && tilesReceived >= head[0]) {
                        pending.poll();
                        latencies.add(System.nanoTime() - head[1]);
                        frames.incrementAndGet();
                        head = pending.peek();
                    }
                }
            });
            outbound = new Outbound(user, userChannel, e -> System.err.println("bench: " + e.getMessage()));
            outbound.offer(userChannel.offer(userSignature));
            try {
                helper.send(helperChannel.offer(helperSignature));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void awaitKeyed() throws InterruptedException {
            for (int i = 0; i < 200 && !(userChannel.keyed() && helperChannel.keyed()); i++) {
                Thread.sleep(50);
            }
        }

        void sendFrame(List<io.remoteassist.transport.api.Frame> tiles) {
            pending.add(new long[] {tilesSent.addAndGet(tiles.size()), System.nanoTime()});
            tiles.forEach(outbound::offer);
        }

        void close() {
            outbound.close();
            user.close(io.remoteassist.transport.api.TransportStatus.SUCCESS);
            helper.close(io.remoteassist.transport.api.TransportStatus.SUCCESS);
        }
    }
}
