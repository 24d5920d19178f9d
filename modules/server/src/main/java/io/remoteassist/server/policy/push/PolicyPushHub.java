package io.remoteassist.server.policy.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.policy.api.ComputerPolicyId;
import io.remoteassist.policy.api.DirectoryId;
import io.remoteassist.policy.api.DirectoryView;
import io.remoteassist.policy.api.FindDirectoryQuery;
import io.remoteassist.policy.api.FindResultantSetOfPolicyQuery;
import io.remoteassist.policy.api.RecordPolicyAppliedCommand;
import io.remoteassist.policy.api.ResultantSetOfPolicy;
import io.remoteassist.server.policy.PolicyGateway;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The agents holding {@code /agents/policy} and what each was sent. On a policy or directory change it
 * recomputes the effective policy once per connected computer (on a few threads, changes arriving meanwhile
 * coalesce into one more round) and sends it to the agents whose version changed; on hello and refresh it sends
 * the current one whatever was sent before. A send is tagged with a ticket taken before its computation, so an
 * older computation never overwrites a newer one on the wire.
 */
@Singleton
public class PolicyPushHub {

    private static final Logger LOG = Logger.getLogger(PolicyPushHub.class);
    private static final int COMPUTE_THREADS = 4;
    /** Threads recording acknowledgements: after a change every agent acks at once, and a burst of commands must
     * not take every worker thread and database connection from the next change. */
    private static final int ACK_THREADS = 2;
    private static final int ACK_QUEUE = 100_000;
    /** The longest an ack waits for a round in progress before it is recorded anyway. */
    private static final long ACK_YIELD_MS = 2_000;

    private final PolicyGateway policy;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, Agent> agents = new ConcurrentHashMap<>();
    private final AtomicBoolean roundPending = new AtomicBoolean();
    private final AtomicLong tickets = new AtomicLong();
    private final ExecutorService rounds = Executors.newSingleThreadExecutor(named("policy-push-round"));
    private final ExecutorService compute = Executors.newFixedThreadPool(COMPUTE_THREADS, named("policy-push"));
    private final ExecutorService acks = new java.util.concurrent.ThreadPoolExecutor(ACK_THREADS, ACK_THREADS, 0,
        java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(ACK_QUEUE),
        named("policy-ack"), new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
    /** When the oldest change not yet pushed was stored, or null when none waits. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> oldestChange =
        new java.util.concurrent.atomic.AtomicReference<>();
    /** Guards {@link #pushing}: acks wait while a round computes and sends, so that the change reaches agents first. */
    private final Object roundGate = new Object();
    private boolean pushing;

    PolicyPushHub(PolicyGateway policy, ObjectMapper mapper, Clock clock) {
        this.policy = policy;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** An agent said hello: remember it and send its policy now. */
    void hello(WebSocketConnection connection, String computer, List<String> ipAddresses) {
        Agent agent = new Agent(connection, computer.strip(), List.copyOf(ipAddresses), clock.instant());
        agents.put(connection.id(), agent);
        // what the view holds now: a change it has not applied yet reaches this agent through the next round,
        // since the agent is registered before the read and a round reads only after catching up
        sendCurrent(agent, "hello", false);
    }

    /** The agent asks again ({@code gpupdate}, its periodic refresh): it gets the policy even if unchanged. */
    void refresh(WebSocketConnection connection, boolean force) {
        Agent agent = agents.get(connection.id());
        if (agent == null) {
            send(connection, Map.of("type", "error", "error", "say hello first"));
            return;
        }
        sendCurrent(agent, force ? "forced-refresh" : "refresh", true);
    }

    /**
     * The agent applied a version: the console sees it at once, and it is recorded on the computer's stream (nothing
     * new if it held it already) by the few ack threads, in the order the acks came.
     */
    void ack(WebSocketConnection connection, String version) {
        Agent agent = agents.get(connection.id());
        if (agent == null || !EffectivePolicy.isVersion(version)) {
            send(connection, Map.of("type", "error", "error", agent == null ? "say hello first"
                : "version must be the hex version that was sent"));
            return;
        }
        String computer = agent.resolved == null ? agent.computer : agent.resolved;
        java.time.Instant at = clock.instant();
        agent.appliedVersion = version;
        agent.appliedAt = at;
        acks.execute(() -> {
            try {
                yieldToRound();
                policy.send(new RecordPolicyAppliedCommand(ComputerPolicyId.of(computer), computer, version, at),
                    actorName(computer));
            } catch (RuntimeException e) {
                LOG.warnf("recording that %s applied policy %s failed: %s; its next ack records it", computer,
                    version, e.getMessage());
            }
        });
    }

    void gone(WebSocketConnection connection) {
        agents.remove(connection.id());
    }

    /**
     * A policy or directory change stored at {@code storedAt} was committed: schedule one recomputation round
     * (changes coalesce).
     */
    void policyChanged(java.time.Instant storedAt) {
        oldestChange.compareAndSet(null, storedAt);
        if (roundPending.compareAndSet(false, true)) {
            rounds.execute(this::round);
        }
    }

    /** The connected agents, for the console. */
    public List<AgentStatus> agents() {
        return agents.values().stream()
            .map(a -> new AgentStatus(a.computer, a.resolved, a.ipAddresses, a.connectedAt, a.sentVersion, a.sentAt,
                a.appliedVersion, a.appliedAt))
            .sorted(java.util.Comparator.comparing(AgentStatus::computer))
            .toList();
    }

    /** Waits (at most {@value #ACK_YIELD_MS} ms) while a round is pushing a change. */
    private void yieldToRound() {
        long deadline = System.nanoTime() + ACK_YIELD_MS * 1_000_000;
        synchronized (roundGate) {
            long left;
            while (pushing && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
                try {
                    roundGate.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void round() {
        synchronized (roundGate) {
            pushing = true;
        }
        try {
            push();
        } finally {
            synchronized (roundGate) {
                pushing = false;
                roundGate.notifyAll();
            }
        }
    }

    private void push() {
        roundPending.set(false);
        java.time.Instant changed = oldestChange.getAndSet(null);
        long waited = changed == null ? 0 : java.time.Duration.between(changed, java.time.Instant.now()).toMillis();
        long started = System.nanoTime();
        try {
            long ticket = tickets.incrementAndGet();
            DirectoryView directory = directory(true).orElse(null);
            long caughtUp = System.nanoTime();
            ComputerNames names = ComputerNames.of(directory);
            Map<String, List<Agent>> byComputer = new HashMap<>();
            for (Agent agent : agents.values()) {
                agent.resolved = names.resolve(agent.computer, agent.ipAddresses);
                byComputer.computeIfAbsent(agent.resolved.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(agent);
            }
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (Collection<Agent> group : byComputer.values()) {
                String computer = group.iterator().next().resolved;
                work.add(CompletableFuture.runAsync(() -> {
                    EffectivePolicy current = effective(computer, false); // caught up above
                    group.forEach(agent -> deliver(agent, current, ticket, "change", false));
                }, compute));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
            LOG.debugf("policy push round %d: %d agents, %d computers; started %d ms after the change was stored, "
                    + "then %d ms (%d ms catching up)", ticket, agents.size(), byComputer.size(), waited,
                (System.nanoTime() - started) / 1_000_000, (caughtUp - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf(e, "policy push round failed; the next change or refresh retries");
        }
    }

    private void sendCurrent(Agent agent, String reason, boolean latest) {
        long ticket = tickets.incrementAndGet();
        agent.resolved = resolve(directory(latest).orElse(null), agent);
        deliver(agent, effective(agent.resolved, latest), ticket, reason, true);
    }

    private void deliver(Agent agent, EffectivePolicy current, long ticket, String reason, boolean always) {
        synchronized (agent) {
            if (ticket < agent.sentTicket || (!always && current.version().equals(agent.sentVersion))) {
                return;
            }
            agent.sentTicket = ticket;
            agent.sentVersion = current.version();
            agent.sentAt = clock.instant();
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "policy");
        message.put("computer", current.computer());
        message.put("version", current.version());
        message.put("reason", reason);
        message.put("issuedAt", agent.sentAt.toString());
        message.putAll(current.content());
        send(agent.connection, message);
    }

    private void send(WebSocketConnection connection, Map<String, Object> message) {
        String json;
        try {
            json = mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (connection.isOpen()) {
            connection.sendText(json).subscribe().with(ok -> { }, e -> LOG.debugf("policy push to %s failed: %s",
                connection.id(), e.getMessage()));
        }
    }

    private EffectivePolicy effective(String computer, boolean latest) {
        return EffectivePolicy.of(policy.query(new FindResultantSetOfPolicyQuery(computer, latest),
            ResponseTypes.instanceOf(ResultantSetOfPolicy.class)));
    }

    private Optional<DirectoryView> directory(boolean latest) {
        return policy.query(new FindDirectoryQuery(DirectoryId.DEFAULT, latest),
            ResponseTypes.optionalInstanceOf(DirectoryView.class));
    }

    /** The directory's name of the agent's computer: by FQDN, else by one of its addresses, else its own name. */
    private static String resolve(DirectoryView directory, Agent agent) {
        return ComputerNames.of(directory).resolve(agent.computer, agent.ipAddresses);
    }

    private static String actorName(String computer) {
        String name = computer.replaceAll("[^A-Za-z0-9._@ -]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.shutdownNow();
        compute.shutdownNow();
        acks.shutdown();
    }

    /** One connected agent. Mutable fields are written under the agent's monitor or by one thread at a time. */
    private static final class Agent {
        final WebSocketConnection connection;
        final String computer;
        final List<String> ipAddresses;
        final java.time.Instant connectedAt;
        volatile String resolved;
        long sentTicket;
        volatile String sentVersion;
        volatile java.time.Instant sentAt;
        volatile String appliedVersion;
        volatile java.time.Instant appliedAt;

        Agent(WebSocketConnection connection, String computer, List<String> ipAddresses, java.time.Instant at) {
            this.connection = connection;
            this.computer = computer;
            this.ipAddresses = ipAddresses;
            this.connectedAt = at;
        }
    }
}
