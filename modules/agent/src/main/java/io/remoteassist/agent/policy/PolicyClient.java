package io.remoteassist.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The agent's side of Group Policy: holds {@code /agents/policy} on the server, applies every policy it is sent
 * (saves it, tells the listener) and acknowledges its version, refreshes every 90 minutes plus a random 0–30 minute
 * offset (as Windows does for member computers), and reconnects with a growing back-off when the connection
 * drops, saying hello again so that it gets the current policy.
 *
 * <p>{@link #refreshNow()} is {@code gpupdate /force}; {@link #gpupdate} is the one-shot form for a command line.
 * Thread-safe; callbacks run on the WebSocket's or the scheduler's thread.
 */
public final class PolicyClient implements AutoCloseable {

    /** Windows' background refresh interval for member computers. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMinutes(90);
    /** Windows' largest random offset added to it. */
    public static final Duration REFRESH_OFFSET = Duration.ofMinutes(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(60);

    private final URI endpoint;
    private final String computer;
    private final List<String> ipAddresses;
    private final Path store;
    private final Consumer<AppliedPolicy> onApply;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final boolean ownScheduler;
    private final Duration interval;
    private final Duration offset;
    private final RandomGenerator random;
    private final Clock clock;
    private final AtomicReference<AppliedPolicy> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<AppliedPolicy>> nextPolicy =
        new AtomicReference<>(new CompletableFuture<>());
    private volatile WebSocket socket;
    private final io.remoteassist.agent.Credentials credentials;
    private volatile ScheduledFuture<?> refresh;
    private volatile boolean closed;
    private volatile Duration backoff = Duration.ofSeconds(1);

    private PolicyClient(Builder b) {
        this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
        this.computer = Objects.requireNonNull(b.computer, "computer");
        this.ipAddresses = List.copyOf(b.ipAddresses);
        this.store = b.store;
        this.onApply = b.onApply;
        this.http = b.http != null ? b.http : HttpClients.shared();
        this.ownScheduler = b.scheduler == null;
        this.scheduler = b.scheduler != null ? b.scheduler : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-client");
            t.setDaemon(true);
            return t;
        });
        this.interval = b.interval;
        this.offset = b.offset;
        this.random = b.random;
        this.clock = b.clock;
        this.credentials = b.credentials;
    }

    /** A builder for the server's {@code /agents/policy} endpoint and this computer's FQDN. */
    public static Builder builder(URI endpoint, String computer) {
        return new Builder(endpoint, computer);
    }

    /** {@code ws(s)://host:port/agents/policy} of a server's base URL ({@code http(s)://host:port}). */
    public static URI endpointOf(String serverUrl) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        return URI.create(base.replaceFirst("^http", "ws") + "/agents/policy");
    }

    /**
     * {@code gpupdate /force} as one call: connects, gets and applies the current policy, acknowledges it and
     * disconnects.
     *
     * @throws java.util.concurrent.TimeoutException (wrapped) when no policy came within the timeout
     */
    public static AppliedPolicy gpupdate(URI endpoint, String computer, List<String> ipAddresses, Path store,
                                         Duration timeout, io.remoteassist.agent.Credentials credentials)
        throws Exception {
        try (PolicyClient client = builder(endpoint, computer).ipAddresses(ipAddresses).store(store)
            .credentials(credentials).build()) {
            CompletableFuture<AppliedPolicy> first = client.nextPolicy.get();
            client.connect();
            return first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Connects, says hello and schedules the periodic refresh. Returns at once; see {@link #current()}. */
    public PolicyClient start() {
        connect();
        scheduleRefresh();
        return this;
    }

    /** The policy applied last, if any. */
    public Optional<AppliedPolicy> current() {
        return Optional.ofNullable(current.get());
    }

    /** {@code gpupdate /force}: asks for the policy now; completes with the next one applied. */
    public CompletableFuture<AppliedPolicy> refreshNow() {
        CompletableFuture<AppliedPolicy> next = nextPolicy.get();
        WebSocket ws = socket;
        if (ws == null) {
            connect();
        } else {
            send(ws, Map.of("type", "refresh", "force", true));
        }
        return next;
    }

    /** The delay before the next background refresh: the interval plus a uniform random part of the offset. */
    static Duration nextRefreshDelay(Duration interval, Duration offset, RandomGenerator random) {
        long extra = offset.isZero() ? 0 : random.nextLong(offset.toMillis() + 1);
        return interval.plusMillis(extra);
    }

    private void scheduleRefresh() {
        if (closed) {
            return;
        }
        Duration delay = nextRefreshDelay(interval, offset, random);
        refresh = scheduler.schedule(() -> {
            WebSocket ws = socket;
            if (ws != null) {
                send(ws, Map.of("type", "refresh", "force", false));
            }
            scheduleRefresh();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void connect() {
        if (closed) {
            return;
        }
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        credentials.header().ifPresent(h -> builder.header("Authorization", h));
        builder.buildAsync(endpoint, new Listener())
            .whenComplete((ws, error) -> {
                if (error != null) {
                    reconnectLater(null);
                    return;
                }
                socket = ws;
                backoff = Duration.ofSeconds(1);
                send(ws, Map.of("type", "hello", "computer", computer, "ipAddresses", ipAddresses));
            });
    }

    /** Schedules one reconnect for a dropped socket (close and error of the same socket count once). */
    private synchronized void reconnectLater(WebSocket dropped) {
        if (closed || (dropped != null && dropped != socket)) {
            return;
        }
        socket = null;
        Duration wait = backoff;
        backoff = wait.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait.multipliedBy(2);
        scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void received(WebSocket ws, JsonNode message) {
        if ("error".equals(message.path("type").asText()) && message.path("retry").asBoolean(false)) {
            // the server could not answer now: say hello again after a short random wait (spreads a burst)
            scheduler.schedule(() -> {
                if (!closed && socket == ws) {
                    send(ws, Map.of("type", "hello", "computer", computer, "ipAddresses", ipAddresses));
                }
            }, 500 + random.nextLong(2_000), TimeUnit.MILLISECONDS);
            return;
        }
        if (!"policy".equals(message.path("type").asText())) {
            return;
        }
        AppliedPolicy policy = new AppliedPolicy(message.path("computer").asText(computer),
            message.path("version").asText(), message.path("reason").asText(), message, clock.instant());
        save(message);
        current.set(policy);
        if (onApply != null) {
            onApply.accept(policy);
        }
        send(ws, Map.of("type", "ack", "version", policy.version()));
        nextPolicy.getAndSet(new CompletableFuture<>()).complete(policy);
    }

    private void save(JsonNode message) {
        if (store == null) {
            return;
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Path tmp = store.resolveSibling(store.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), message);
            Files.move(tmp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the policy to " + store, e);
        }
    }

    private static void send(WebSocket ws, Map<String, ?> message) {
        try {
            ws.sendText(JSON.writeValueAsString(message), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> r = refresh;
        if (r != null) {
            r.cancel(false);
        }
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "agent stopping").orTimeout(2, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        }
        if (ownScheduler) {
            scheduler.shutdownNow();
        }
    }

    /** Reassembles text frames; a dropped connection schedules a reconnect. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    received(ws, JSON.readTree(text));
                } catch (IOException | RuntimeException e) {
                    // a message it cannot apply is not acknowledged; the server keeps what it last recorded
                    System.getLogger(PolicyClient.class.getName()).log(System.Logger.Level.WARNING,
                        "policy message not applied: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            reconnectLater(ws);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            reconnectLater(ws);
        }
    }

    /** Options of a {@link PolicyClient}; only the endpoint and the computer are required. */
    public static final class Builder {
        private final URI endpoint;
        private final String computer;
        private List<String> ipAddresses = List.of();
        private Path store;
        private Consumer<AppliedPolicy> onApply;
        private HttpClient http;
        private ScheduledExecutorService scheduler;
        private Duration interval = REFRESH_INTERVAL;
        private Duration offset = REFRESH_OFFSET;
        private RandomGenerator random = RandomGenerator.getDefault();
        private Clock clock = Clock.systemUTC();
        private io.remoteassist.agent.Credentials credentials = io.remoteassist.agent.Credentials.NONE;

        private Builder(URI endpoint, String computer) {
            this.endpoint = endpoint;
            this.computer = computer;
        }

        public Builder ipAddresses(List<String> value) {
            this.ipAddresses = value == null ? List.of() : value;
            return this;
        }

        /** Where the applied policy is saved (JSON, replaced atomically); null to keep it in memory only. */
        public Builder store(Path value) {
            this.store = value;
            return this;
        }

        /** Called with every policy applied, before it is acknowledged. */
        public Builder onApply(Consumer<AppliedPolicy> value) {
            this.onApply = value;
            return this;
        }

        /** Shares an HTTP client (and its selector thread) between many clients. */
        public Builder httpClient(HttpClient value) {
            this.http = value;
            return this;
        }

        /** Shares a scheduler between many clients; the client does not shut a shared one down. */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = value;
            return this;
        }

        /** The background refresh: every {@code interval} plus a random part of {@code offset}. */
        public Builder refresh(Duration interval, Duration offset) {
            this.interval = interval;
            this.offset = offset;
            return this;
        }

        public Builder random(RandomGenerator value) {
            this.random = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Who the agent signs in as on the WebSocket upgrade (the logged-on User). */
        public Builder credentials(io.remoteassist.agent.Credentials value) {
            this.credentials = value == null ? io.remoteassist.agent.Credentials.NONE : value;
            return this;
        }

        public PolicyClient build() {
            return new PolicyClient(this);
        }
    }
}
