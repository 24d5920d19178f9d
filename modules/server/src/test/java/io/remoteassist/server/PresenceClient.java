package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;


/**
 * A bare presence client on a real WebSocket: signs in (HTTP Basic) as a user holding a role, says hello as that
 * user, keeps every message it receives and how the server closed.
 */
final class PresenceClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Signs in as {@code user} (made with {@code role} if needed) and says hello as {@code user}. */
    static PresenceClient connect(URI http, String user, String role) throws Exception {
        PresenceClient client = open(http, user, role);
        client.send(Map.of("type", "hello", "user", user));
        client.await(m -> m.path("type").asText().equals("presence"));
        return client;
    }

    /** Signs in as {@code user} (made with {@code role} if needed) and says nothing yet. */
    static PresenceClient open(URI http, String user, String role) throws Exception {
        PresenceClient client = new PresenceClient();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws").replaceFirst("/$", "") + "/presence");
        String basic = Base64.getEncoder().encodeToString((user + ":" + Api.identity(user, role))
            .getBytes(StandardCharsets.UTF_8));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Basic " + basic)
            .buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    /** "code reason" of the server's close, waiting up to 10 s for it. */
    String awaitClose() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    void send(Map<String, ?> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
    }

    /** The first message (in order of arrival) that matches, waiting up to 10 s for it. */
    JsonNode await(Predicate<JsonNode> match) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
            .until(() -> messages.stream().anyMatch(match));
        return messages.stream().filter(match).findFirst().orElseThrow();
    }

    /** The first message of {@code type} whose {@code field} is {@code value}. */
    JsonNode await(String type, String field, String value) {
        return await(m -> m.path("type").asText().equals(type) && m.path(field).asText().equals(value));
    }

    List<JsonNode> messages() {
        return messages;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
            .join();
    }
}
