package io.remoteassist.agent.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remoteassist.agent.Credentials;
import io.remoteassist.transport.api.HttpClients;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client end of the server's presence and IM WebSocket ({@code /presence}): signs in on the upgrade (HTTP
 * Basic), says hello as the signed-in user, then hands every message it receives to {@link #next(Duration)} in
 * order; the server's close comes last as {@code {"type":"closed","code":…,"reason":…}}.
 */
public final class PresenceSocket implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode CLOSED = JSON.createObjectNode().put("type", "closed");

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private PresenceSocket() {
    }

    /**
     * Connects to {@code server}'s presence endpoint as {@code user}, signed in with {@code credentials}.
     *
     * @param server the server's base URL, e.g. {@code http://localhost:8080}
     * @param user the account name; the server refuses a name that is not the signed-in one
     * @param credentials who signs in on the upgrade
     * @return the socket, its first message (the buddies' presence) waiting in {@link #next(Duration)}
     * @throws IOException if the server cannot be reached or refuses the sign-in
     */
    public static PresenceSocket connect(String server, String user, Credentials credentials) throws IOException {
        PresenceSocket client = new PresenceSocket();
        URI ws = URI.create(server.replaceFirst("^http", "ws").replaceFirst("/$", "") + "/presence");
        try {
            WebSocket.Builder builder = HttpClients.shared().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
            credentials.header().ifPresent(h -> builder.header("Authorization", h));
            client.socket = builder.buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                int status = refused.getResponse().statusCode();
                throw new IOException("the presence service refused " + credentials.user() + " (HTTP " + status + "): "
                    + (status == 401 ? credentials.signInHint() : "presence is for Users and Helpers"));
            }
            throw new IOException("cannot reach the presence service at " + ws + ": "
                + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (TimeoutException e) {
            throw new IOException("cannot reach the presence service at " + ws + ": "
                + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        client.send(Map.of("type", "hello", "user", user));
        return client;
    }

    /** Sends one message. */
    public void send(Map<String, ?> message) throws IOException {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the presence service did not take the message: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /**
     * The next message, waiting up to {@code timeout}; a {@code {"type":"closed"}} once the server closed.
     */
    public Optional<JsonNode> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Reads a JSON tree as a value. */
    public static <T> T read(JsonNode node, Class<T> type) throws IOException {
        return JSON.treeToValue(node, type);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                inbox.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                inbox.add(JSON.createObjectNode().put("type", "error").put("error", "unreadable message"));
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        inbox.add(CLOSED.deepCopy().put("code", statusCode).put("reason", reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        inbox.add(CLOSED);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
            .join();
    }
}
