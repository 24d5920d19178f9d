package io.remoteassist.agent.share;

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
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.remoteassist.transport.protocol.ScreenTile;
import io.remoteassist.transport.api.HttpClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ops/ra bench relay --sessions N --fps F [--seconds S]}: N encrypted sessions through a running server's
 * relay, each a User sending a replay of a synthetic 1280×720 desktop (pre-encoded tiles, so the figures are the
 * relay's, not the encoder's; about 18 KB an update, near the reference desktop workload's 16–17 KB) at F updates per
 * second, one WebSocket message per update, sealed on two sender threads, and a Helper receiving every tile and
 * opening (authenticating and decrypting) the last of each update. Each User paces itself like the agent's
 * {@link Outbound}: no new update while the last one is still waiting for the socket or while more than
 * {@link Outbound#MAX_UNACKNOWLEDGED} bytes are on their way to the Helper; such a tick is a skip, not a loss.
 * Prints one line of key=value figures: {@code sessions}, {@code frames_per_s} (updates delivered, all sessions),
 * {@code mb_per_s} (frame bytes delivered), {@code added_latency_ms_p50/p99} (from the moment the User's socket takes
 * the update to the Helper's receipt of its last tile, before decryption, minus the median time of the same message
 * over a direct loopback TCP socket, {@code direct_ms_p50}: what the relay adds), {@code e2e_latency_ms_p50/p99} (the
 * same, nothing subtracted), {@code server_cpu_pct} (the server process, 100 = one core; its pid in
 * {@code RA_SERVER_PID}), {@code bench_cpu_pct} (this process: the Users and Helpers), {@code machine_cpu_pct} (every
 * process, 200 = both cores of a 2-core machine), {@code dropped} (tiles sent and never delivered, once delivery has
 * settled, less those the relay superseded or dropped by its latest-wins rule), {@code skipped_updates} (ticks the
 * Users' flow control held back), {@code relay_skipped_tiles} (the relay's latest-wins skips, from the session's
 * traffic), {@code late_ticks} (ticks this process reached after the next one was due, not sent: the bench itself
 * short of CPU), {@code update_bytes} and {@code tiles_per_update} (the replay's sealed update size on the wire).
 */
public final class RelayBench {

    private static final int REPLAY_FRAMES = 60;
    private static final int CLIENTS = 8;

    private RelayBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        int sessions = Integer.parseInt(args[1]);
        int fps = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<List<io.remoteassist.transport.api.Frame>> replay = replay();
        BenchSessions rest = new BenchSessions(server);
        // a few clients, so that one selector thread does not carry every socket
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClients.builder().build());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong deliveredFrames = new AtomicLong();
        AtomicLong deliveredBytes = new AtomicLong();
        ExecutorService opener = Executors.newFixedThreadPool(4);
        List<Future<Pair>> opening = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            HttpClient client = clients.get(i % CLIENTS);
            opening.add(opener.submit(() -> new Pair(server, rest, rest.open(), client, latencies, deliveredFrames,
                deliveredBytes)));
        }
        List<Pair> pairs = new ArrayList<>();
        try {
            for (Future<Pair> pair : opening) {
                pairs.add(pair.get());
            }
        } finally {
            // a session that cannot be opened ends the run (and its threads) instead of leaving it waiting
            opener.shutdownNow();
        }
        for (Pair pair : pairs) {
            pair.awaitKeyed();
        }
        long serverPid = Long.parseLong(System.getenv().getOrDefault("RA_SERVER_PID", "-1"));
        long benchPid = ProcessHandle.current().pid();
        int[] updateBytes = sizes(replay);
        // the Users seal and encode on these threads, off the tick thread, as the agent does on its sender thread
        ExecutorService sealers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-seal");
            t.setDaemon(true);
            return t;
        });
        double cpu0 = BenchSessions.processCpuSeconds(serverPid);
        double benchCpu0 = BenchSessions.processCpuSeconds(benchPid);
        long[] machine0 = machineTicks();
        long start = System.nanoTime();
        long period = 1_000_000_000L / fps;
        long lateTicks = 0;
        for (long tick = 0; System.nanoTime() - start < seconds * 1_000_000_000L; tick++) {
            // a tick the loop reaches after the next one was due is not sent late: like the agent, it is missed
            long due = (System.nanoTime() - start) / period;
            if (due > tick) {
                lateTicks += due - tick;
                tick = due;
            }
            int update = (int) (tick % replay.size());
            for (Pair pair : pairs) {
                if (pair.ready()) {
                    pair.sendFrame(replay.get(update), updateBytes[update], sealers);
                } else {
                    pair.skipped++;
                }
            }
            long wait = start + (tick + 1) * period - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        double sending = (System.nanoTime() - start) / 1e9;
        double cpu = BenchSessions.processCpuSeconds(serverPid) - cpu0;
        double benchCpu = BenchSessions.processCpuSeconds(benchPid) - benchCpu0;
        long[] machine1 = machineTicks();
        for (Pair pair : pairs) {
            pair.user.drained().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        settle(pairs);
        long dropped = 0;
        long relaySkipped = 0;
        for (Pair pair : pairs) {
            long missing = pair.tilesSent.get() - pair.tilesReceived;
            if (missing > 0) {
                long skipped = pair.relaySkipped();
                relaySkipped += skipped;
                dropped += Math.max(0, missing - skipped);
            }
        }
        double direct = StreamFigures.percentile(DirectPath.measure(sizes(replay), 5), 0.5);
        long[] e2e = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] added = new long[e2e.length];
        for (int i = 0; i < e2e.length; i++) {
            added[i] = Math.max(0, e2e[i] - (long) (direct * 1e6));
        }
        System.out.printf("sessions=%d frames_per_s=%.1f mb_per_s=%.2f added_latency_ms_p50=%.2f "
                + "added_latency_ms_p99=%.2f server_cpu_pct=%.0f bench_cpu_pct=%.0f machine_cpu_pct=%.0f dropped=%d "
                + "skipped_updates=%d relay_skipped_tiles=%d late_ticks=%d e2e_latency_ms_p50=%.2f "
                + "e2e_latency_ms_p99=%.2f direct_ms_p50=%.3f update_bytes=%.0f tiles_per_update=%.1f fps_target=%d "
                + "seconds=%.1f frames_sent=%d frames_delivered=%d load_avg=%.1f%n", sessions,
            deliveredFrames.get() / sending, deliveredBytes.get() / 1e6 / sending, StreamFigures.percentile(added, 0.5),
            StreamFigures.percentile(added, 0.99), serverPid > 0 ? cpu / sending * 100 : -1,
            benchCpu / sending * 100, machineCpuPercent(machine0, machine1), dropped,
            pairs.stream().mapToLong(p -> p.skipped).sum(), relaySkipped, lateTicks, StreamFigures.percentile(e2e, 0.5),
            StreamFigures.percentile(e2e, 0.99), direct, java.util.Arrays.stream(updateBytes).average().orElse(0),
            replay.stream().mapToInt(List::size).average().orElse(0), fps, sending,
            pairs.stream().mapToLong(p -> p.framesSent).sum(), deliveredFrames.get(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Pair pair : pairs) {
            pair.close();
        }
        System.exit(0);
    }

    /** Waits until every tile sent has arrived, or until nothing has arrived for a few seconds (at most a minute). */
    private static void settle(List<Pair> pairs) throws InterruptedException {
        long last = -1;
        long quietSince = System.nanoTime();
        for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
            long sent = 0;
            long received = 0;
            for (Pair pair : pairs) {
                sent += pair.tilesSent.get();
                received += pair.tilesReceived;
            }
            if (received >= sent) {
                return;
            }
            if (received != last) {
                last = received;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 5_000_000_000L) {
                return;
            }
        }
    }

    /** @return busy and total clock ticks of every core so far, from /proc/stat ({0, 0} when unknown) */
    private static long[] machineTicks() {
        try {
            String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                .split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            // idle and iowait are the fourth and fifth numbers
            return new long[] {total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]), total};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** @return the machine's busy time between two readings, 100 = one core; -1 when unknown */
    private static double machineCpuPercent(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total <= 0 ? -1 : 100.0 * (after[0] - before[0]) / total * Runtime.getRuntime().availableProcessors();
    }

    /** @return the wire size of each update of the replay once sealed */
    private static int[] sizes(List<List<io.remoteassist.transport.api.Frame>> replay) {
        int[] sizes = new int[replay.size()];
        for (int i = 0; i < sizes.length; i++) {
            for (io.remoteassist.transport.api.Frame tile : replay.get(i)) {
                sizes[i] += tile.wireSize() + io.remoteassist.transport.protocol.FrameCodec.ENVELOPE_OVERHEAD;
            }
        }
        return sizes;
    }

    /** Encoded changed tiles of consecutive frames of the synthetic desktop, the last of each flagged. */
    private static List<List<io.remoteassist.transport.api.Frame>> replay() {
        List<List<io.remoteassist.transport.api.Frame>> frames = new ArrayList<>();
        try (ScreenSource source = Capture.syntheticSource(1280, 720, 7)) {
            ChangeDetector detector = Capture.changeDetector(1280, 720);
            TileEncoder encoder = Capture.encoder(EncoderSettings.lossless());
            detector.changedTiles(source.grab());
            for (int i = 0; i < REPLAY_FRAMES; i++) {
                Frame frame = source.grab();
                List<io.remoteassist.transport.api.Frame> tiles = new ArrayList<>();
                List<Rect> changed = detector.changedTiles(frame);
                for (int t = 0; t < changed.size(); t++) {
                    Rect area = changed.get(t);
                    EncodedTile tile = encoder.encode(frame, area);
                    io.remoteassist.transport.api.Frame clear = PayloadCodec.encode(new ScreenTile(area.x(),
                        area.y(), area.width(), area.height(), tile.encoding().id(), tile.payload()));
                    int flags = t == changed.size() - 1 ? io.remoteassist.transport.api.Frame.END_OF_UPDATE : 0;
                    tiles.add(new io.remoteassist.transport.api.Frame(clear.type(), flags, 0, clear.payload()));
                }
                if (!tiles.isEmpty()) {
                    frames.add(tiles);
                }
            }
        }
        return frames;
    }

    /** One session: a User sending, a Helper receiving. */
    private static final class Pair {

        private final SecureChannel userChannel;
        private final SecureChannel helperChannel;
        private final RelaySocket user;
        private final RelaySocket helper;
        private final ConcurrentLinkedQueue<Long> sentAt = new ConcurrentLinkedQueue<>();
        private final AtomicLong tilesSent = new AtomicLong();
        private final ServerApi api;
        private final String session;
        private volatile long tilesReceived;
        private volatile long bytesReceived;
        private long bytesSent;
        private long framesSent;
        private long skipped;

        Pair(URI server, BenchSessions rest, String session, HttpClient client,
             ConcurrentLinkedQueue<Long> latencies, AtomicLong frames, AtomicLong bytes) {
            this.api = new ServerApi(server, rest.user(session));
            this.session = session;
            ServerApi helperApi = new ServerApi(server, rest.helper());
            byte[] serverKey = api.signingKey();
            userChannel = new SecureChannel(session, Role.USER, serverKey, new SecureRandom());
            helperChannel = new SecureChannel(session, Role.HELPER, serverKey, new SecureRandom());
            byte[] userSignature = api.signKey(session, "USER", userChannel.publicKey());
            byte[] helperSignature = helperApi.signKey(session, "HELPER", helperChannel.publicKey());
            user = RelaySocket.connect(api.relay(session, "USER"), api.credentials(), frame -> {
                if (frame.type() == FrameType.AUTH) {
                    userChannel.accept((Auth) PayloadCodec.decode(frame));
                }
            }, client);
            helper = RelaySocket.connect(api.relay(session, "HELPER"), helperApi.credentials(), frame -> {
                if (frame.type() == FrameType.AUTH) {
                    helperChannel.accept((Auth) PayloadCodec.decode(frame));
                } else if (frame.type() == FrameType.SCREEN_TILE) {
                    long now = System.nanoTime();
                    bytes.addAndGet(frame.wireSize());
                    bytesReceived += frame.wireSize();
                    tilesReceived++;
                    if ((frame.flags() & io.remoteassist.transport.api.Frame.END_OF_UPDATE) != 0) {
                        // the last tile of each update is authenticated and decrypted (the screen lane's numbers
                        // only rise, so the ones before it may go unopened): the keys and the bytes arrived intact,
                        // without the Helpers' decryption taking the cores the relay is measured on
                        helperChannel.open(frame);
                        Long sent = sentAt.poll();
                        if (sent != null) {
                            latencies.add(now - sent);
                            frames.incrementAndGet();
                        }
                    }
                }
            }, client);
            send(user, userChannel.offer(userSignature));
            send(helper, helperChannel.offer(helperSignature));
        }

        private static void send(RelaySocket socket, io.remoteassist.transport.api.Frame frame) {
            try {
                socket.send(frame);
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        }

        void awaitKeyed() throws InterruptedException {
            for (int i = 0; i < 200 && !(userChannel.keyed() && helperChannel.keyed()); i++) {
                Thread.sleep(50);
            }
        }

        /**
         * The agent's rule ({@link Outbound#readyForUpdate()}): the last update has gone to the socket and the
         * Helper has all but {@link Outbound#MAX_UNACKNOWLEDGED} of the bytes sent (known here in-process, where
         * the agent learns it from its PING being echoed).
         */
        boolean ready() {
            return user.drained().isDone() && bytesSent - bytesReceived <= Outbound.MAX_UNACKNOWLEDGED;
        }

        /** @return screen frames the relay skipped in this session (latest wins), as the server counts them */
        long relaySkipped() {
            return api.relaySkipped(session);
        }

        void sendFrame(List<io.remoteassist.transport.api.Frame> tiles, int wireBytes, ExecutorService sealers) {
            bytesSent += wireBytes;
            tilesSent.addAndGet(tiles.size());
            framesSent++;
            user.sendLater(() -> {
                List<io.remoteassist.transport.api.Frame> sealed = new ArrayList<>(tiles.size());
                for (io.remoteassist.transport.api.Frame tile : tiles) {
                    sealed.add(userChannel.seal(tile));
                }
                return sealed;
            }, () -> sentAt.add(System.nanoTime()), sealers);
        }

        void close() {
            user.close(TransportStatus.SUCCESS);
            helper.close(TransportStatus.SUCCESS);
        }
    }
}
