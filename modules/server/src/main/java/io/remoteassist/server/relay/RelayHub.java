package io.remoteassist.server.relay;

import io.quarkus.runtime.ShutdownEvent;
import io.remoteassist.server.session.SessionDirectory;
import io.remoteassist.server.session.SessionView;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.QueueLimits;
import io.remoteassist.transport.net.Relay;
import io.remoteassist.transport.net.RelayLink;
import io.remoteassist.transport.net.RelayListener;
import io.remoteassist.transport.net.RelayPeer;
import io.remoteassist.transport.net.RelayStats;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's side of the real-time pipeline: one transport {@link Relay} for every session, the session states
 * the frame policy reads (refreshed from {@link SessionDirectory} off the connection threads, so no frame waits for
 * the database), and the traffic of each session. A session that becomes final closes both ends.
 */
@Singleton
public class RelayHub {

    private static final Logger LOG = Logger.getLogger(RelayHub.class);
    private static final int FINISHED_KEPT = 1000;

    private final SessionDirectory directory;
    private final FramePolicy policy;
    private final long refreshMillis;
    private final Relay relay;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> policyDrops = new ConcurrentHashMap<>();
    private final Map<String, RelayTraffic> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RelayTraffic> eldest) {
            return size() > FINISHED_KEPT;
        }
    };
    private final List<RelayTap> taps = new CopyOnWriteArrayList<>();
    private final Instance<RelayObserver> observers;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "relay-session-states");
        t.setDaemon(true);
        return t;
    });

    RelayHub(SessionDirectory directory,
             @ConfigProperty(name = "ra.relay.input-gate", defaultValue = "session") String inputGate,
             @ConfigProperty(name = "ra.relay.state-refresh-ms", defaultValue = "250") long refreshMillis,
             Instance<RelayObserver> observers) {
        this.directory = directory;
        this.observers = observers;
        this.policy = new FramePolicy(FramePolicy.InputGate.valueOf(inputGate.trim().toUpperCase()));
        this.refreshMillis = refreshMillis;
        this.relay = new Relay(QueueLimits.DEFAULT, new RelayListener() {
            @Override
            public void paired(String sessionId) {
                LOG.infof("relay %s: User and Helper connected", sessionId);
            }

            @Override
            public void ended(String sessionId, TransportStatus status, RelayStats stats) {
                RelayTraffic total = record(sessionId, stats);
                observers.forEach(o -> o.finished(sessionId, total));
                LOG.infof("relay %s ended: %s; %d bytes to the Helper, %d bytes to the User", sessionId,
                    status.meaning(), stats.userToHelperBytes(), stats.helperToUserBytes());
            }
        });
        // a change is known at once; the refresh still catches what this misses (another node, a rollback)
        directory.onStateChange((sessionId, state) -> {
            if (states.computeIfPresent(sessionId, (id, before) -> state) != null) {
                LOG.infof("relay %s: session is now %s", sessionId, state);
            }
        });
        refresher.scheduleWithFixedDelay(this::refreshStates, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Admits an endpoint: the session must exist and not be final.
     *
     * @return the session's state
     * @throws TransportException {@link TransportStatus#SESSION_NOT_FOUND} or {@link TransportStatus#REFUSED}
     */
    String admit(String sessionId) throws TransportException {
        SessionView view = directory.find(sessionId)
            .orElseThrow(() -> new TransportException(TransportStatus.SESSION_NOT_FOUND, "no session " + sessionId));
        if (FramePolicy.isFinal(view.state())) {
            throw new TransportException(TransportStatus.REFUSED, "session " + sessionId + " is " + view.state());
        }
        states.put(sessionId, view.state());
        return view.state();
    }

    RelayLink join(String sessionId, Role role, RelayPeer peer) throws TransportException {
        return relay.join(sessionId, role, peer);
    }

    /** Shows the frame to the taps and decides on it under the session's current state. */
    FramePolicy.Verdict inspect(String sessionId, Role from, Frame frame) {
        for (RelayTap tap : taps) {
            tap.seen(sessionId, from, frame);
        }
        FramePolicy.Verdict verdict = policy.decide(from, frame.type(), states.getOrDefault(sessionId, "UNKNOWN"));
        if (verdict == FramePolicy.Verdict.DROP) {
            policyDrops.computeIfAbsent(sessionId, id -> new AtomicLong()).incrementAndGet();
        }
        return verdict;
    }

    /** Adds an observer of every inbound frame; returns a handle that removes it. */
    public AutoCloseable tap(RelayTap tap) {
        taps.add(tap);
        return () -> taps.remove(tap);
    }

    /** @return the traffic of an open session, or the totals of one that ended recently */
    public Optional<RelayTraffic> traffic(String sessionId) {
        Optional<RelayStats> open = relay.stats(sessionId);
        if (open.isPresent()) {
            return open.map(stats -> traffic(sessionId, stats, true));
        }
        synchronized (finished) {
            return Optional.ofNullable(finished.get(sessionId));
        }
    }

    /** @return the number of sessions with at least one endpoint connected */
    public int openSessions() {
        return relay.sessionCount();
    }

    /** Closes both ends of a session, e.g. when it ended. */
    public boolean close(String sessionId, TransportStatus status) {
        return relay.close(sessionId, status);
    }

    private RelayTraffic record(String sessionId, RelayStats stats) {
        RelayTraffic total = traffic(sessionId, stats, false);
        synchronized (finished) {
            finished.put(sessionId, total);
        }
        states.remove(sessionId);
        policyDrops.remove(sessionId);
        return total;
    }

    /** An endpoint joined: the observers hear of it. */
    void joined(String sessionId, Role role) {
        observers.forEach(o -> o.joined(sessionId, role));
    }

    /** An endpoint's connection went away by itself: the observers hear of it. */
    void lost(String sessionId, Role role) {
        observers.forEach(o -> o.lost(sessionId, role));
    }

    private RelayTraffic traffic(String sessionId, RelayStats stats, boolean open) {
        AtomicLong drops = policyDrops.get(sessionId);
        return new RelayTraffic(sessionId, stats.userToHelperBytes(), stats.helperToUserBytes(),
            stats.userToHelperFrames(), stats.helperToUserFrames(), drops == null ? 0 : drops.get(),
            stats.droppedFrames() + stats.replacedFrames(), open);
    }

    private void refreshStates() {
        List<String> open = List.copyOf(states.keySet());
        Map<String, String> now;
        try {
            // one statement for every open session: hundreds of sessions, four times a second
            now = directory.states(open);
        } catch (RuntimeException e) {
            LOG.warnf("relay: cannot read the session states (%s); keeping them", e.getMessage());
            return;
        }
        for (String sessionId : open) {
            String state = now.getOrDefault(sessionId, "ENDED");
            String before = states.replace(sessionId, state);
            if (before != null && !before.equals(state)) {
                LOG.infof("relay %s: session is now %s", sessionId, state);
            }
            if (FramePolicy.isFinal(state)) {
                relay.close(sessionId, "DECLINED".equals(state) ? TransportStatus.REFUSED : TransportStatus.SUCCESS);
                states.remove(sessionId);
            }
        }
    }

    long refreshMillis() {
        return refreshMillis;
    }

    void onStop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }
}
