package io.remoteassist.transport.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's send side the way the server drives it: many sessions at once, frames forwarded from several threads
 * (the event loops), writes completed later on other threads, and a Helper that stops reading.
 */
class RelayPumpTest {

    private static final int SESSIONS = 200;
    private static final int UPDATES = 30;
    private static final int TILES = 8;
    private static final int TILE_BYTES = 4000;

    private final Relay relay = new Relay(QueueLimits.DEFAULT, new RelayListener() {
        @Override
        public void paired(String sessionId) {
        }

        @Override
        public void ended(String sessionId, TransportStatus status, RelayStats stats) {
        }
    });
    private final ExecutorService transport = Executors.newFixedThreadPool(3);
    private final ExecutorService loops = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        transport.shutdownNow();
        loops.shutdownNow();
    }

    @Test
    void everySessionGetsEveryTileInOrderWhileOneHelperStopsReading() throws Exception {
        List<Helper> helpers = new ArrayList<>();
        List<RelayLink> users = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            Helper helper = new Helper(s == 0);
            helper.pump.bind(relay.join("s" + s, Role.HELPER, helper));
            helpers.add(helper);
            users.add(relay.join("s" + s, Role.USER, new RecordingPeer()));
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int loop = 0; loop < 4; loop++) {
            int first = loop;
            loops.execute(() -> {
                try {
                    for (int update = 0; update < UPDATES; update++) {
                        for (int s = first; s < SESSIONS; s += 4) {
                            for (int tile = 0; tile < TILES; tile++) {
                                users.get(s).forward(tile(update * TILES + tile));
                            }
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failures.add(e);
                }
            });
        }
        loops.shutdown();
        assertThat(loops.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();

        for (Helper helper : helpers.subList(1, SESSIONS)) {
            helper.awaitTiles(UPDATES * TILES);
            assertThat(helper.sequence()).as("tiles in the order they were sent").isSorted()
                .hasSize(UPDATES * TILES).doesNotHaveDuplicates();
        }
        Helper slow = helpers.get(0);
        assertThat(slow.tiles.size()).as("the stalled Helper got only what fits in flight")
            .isLessThan(UPDATES * TILES);
        assertThat(slow.pump.inFlight()).isLessThanOrEqualTo(RelayConnectionLimits.IN_FLIGHT
            + RelayConnectionLimits.BATCH + TILE_BYTES);

        // the Helper reads again: what waited in the relay follows, without any new frame to wake it up
        slow.release();
        slow.awaitTiles(UPDATES * TILES);
        assertThat(slow.sequence()).isSorted().hasSize(UPDATES * TILES);
    }

    @Test
    void aFailingWriteDoesNotSilenceTheEndpoint() throws Exception {
        AtomicBoolean fail = new AtomicBoolean(true);
        List<Frame> written = new ArrayList<>();
        RelayPump pump = new RelayPump(1 << 20, 1 << 16, (frames, bytes, done) -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("socket gone");
            }
            written.addAll(frames);
            done.run();
        });
        RecordingPeer user = new RecordingPeer();
        user.link = relay.join("f", Role.USER, user);
        RelayLink helper = relay.join("f", Role.HELPER, new RecordingPeer());
        pump.bind(helper);
        user.link.forward(tile(1));
        assertThatThrownBy(pump::pump).hasMessage("socket gone");
        user.link.forward(tile(2));
        pump.pump();
        assertThat(written).extracting(RelayPumpTest::number).containsExactly(2);
    }

    private static Frame tile(int number) {
        byte[] payload = new byte[TILE_BYTES];
        ByteBuffer.wrap(payload).putInt(number);
        // unkeyed, as the agent sends full updates: never replaced, only dropped over the byte budget
        return new Frame(FrameType.SCREEN_TILE, 0, 0, payload);
    }

    private static int number(Frame frame) {
        return ByteBuffer.wrap(frame.payload()).getInt();
    }

    /** The server's limits, as its WebSocket adapter uses them. */
    private static final class RelayConnectionLimits {
        static final long IN_FLIGHT = 512 * 1024;
        static final int BATCH = 64 * 1024;
    }

    /** A Helper's connection: the relay wakes its pump; writes complete later on the transport's threads. */
    private final class Helper implements RelayPeer {

        final RelayPump pump = new RelayPump(RelayConnectionLimits.IN_FLIGHT, RelayConnectionLimits.BATCH,
            this::write);
        final ConcurrentLinkedQueue<Integer> tiles = new ConcurrentLinkedQueue<>();
        private final List<Runnable> held = new ArrayList<>();
        private volatile boolean stalled;

        Helper(boolean stalled) {
            this.stalled = stalled;
        }

        private void write(List<Frame> frames, int bytes, Runnable written) {
            for (Frame frame : frames) {
                tiles.add(number(frame));
            }
            synchronized (held) {
                if (stalled) {
                    held.add(written);
                    return;
                }
            }
            transport.execute(written);
        }

        void release() {
            List<Runnable> waiting;
            synchronized (held) {
                stalled = false;
                waiting = new ArrayList<>(held);
                held.clear();
            }
            waiting.forEach(transport::execute);
        }

        void awaitTiles(int count) throws InterruptedException {
            for (int i = 0; i < 300 && tiles.size() < count; i++) {
                Thread.sleep(20);
            }
        }

        List<Integer> sequence() {
            return new ArrayList<>(tiles);
        }

        @Override
        public void outboundReady() {
            pump.pump();
        }

        @Override
        public void closed(TransportStatus status) {
            pump.stop();
        }
    }
}
