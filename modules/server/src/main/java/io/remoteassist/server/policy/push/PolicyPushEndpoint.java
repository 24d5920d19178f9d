package io.remoteassist.server.policy.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WebSocket agents hold to receive their computer's effective policy: {@code /agents/policy}. Text frames,
 * one JSON object each, {@code type} first.
 *
 * <pre>
 * agent  → server  {"type":"hello","computer":"pc1.contoso.com","ipAddresses":["10.0.0.5"]}
 * server → agent   {"type":"policy","computer":"pc1.contoso.com","version":"3f9a0c1d2b4e5f60",
 *                   "reason":"hello","issuedAt":"2025-03-01T10:00:00Z",
 *                   "settings":{"solicited":{"state":"enabled","options":{"control":"view",...},
 *                                            "source":"policy","gpoId":"…","gpoName":"Corp RA"},
 *                               "offer":{"state":"not-configured","options":{},"source":"default"}, ...},
 *                   "applied":[{"gpoId":"…","gpoName":"Corp RA","container":"ou:Corp","linkOrder":1,
 *                               "enforced":true}]}
 * agent  → server  {"type":"ack","version":"3f9a0c1d2b4e5f60"}          → PolicyAppliedEvent when new
 * agent  → server  {"type":"refresh","force":true}                       → policy (reason refresh / forced-refresh)
 * server → agent   {"type":"error","error":"…"}                          on a message it cannot use
 * server → agent   {"type":"error","error":"…","retry":true}            when it cannot answer now: hello again
 * </pre>
 *
 * <p>After hello the server sends a {@code policy} at once, then again (reason {@code change}) whenever a policy or
 * directory change alters that computer's effective policy. An agent that was offline says hello again and gets
 * the current one. The version is a hash of the effective policy, equal on every node.
 *
 * <p>Version history: 1 — this format.
 */
@WebSocket(path = "/agents/policy")
// the upgrade needs a signed-in User (an agent acts for its logged-on User) or Admin
@jakarta.annotation.security.RolesAllowed({io.remoteassist.server.web.Roles.USER,
    io.remoteassist.server.web.Roles.ADMIN})
public class PolicyPushEndpoint {

    private static final int MAX_ADDRESSES = 16;

    private final PolicyPushHub hub;
    private final ObjectMapper mapper;

    PolicyPushEndpoint(PolicyPushHub hub, ObjectMapper mapper) {
        this.hub = hub;
        this.mapper = mapper;
    }

    /** Blocking (worker thread): a hello and an ack ask the policy module. */
    @OnTextMessage
    String onMessage(String text, WebSocketConnection connection) {
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return error("not JSON: " + e.getOriginalMessage());
        }
        if (message == null || !message.isObject()) {
            return error("a message is a JSON object with a type");
        }
        try {
            return dispatch(message, connection);
        } catch (RuntimeException e) {
            // e.g. the policy view still catching up, or no database connection free under a burst of hellos:
            // the agent says hello again after a short random wait
            return retry("the policy could not be worked out now (" + e.getMessage() + "); say hello again");
        }
    }

    private String dispatch(JsonNode message, WebSocketConnection connection) {
        switch (message.path("type").asText("")) {
            case "hello" -> {
                String computer = message.path("computer").asText("").strip();
                if (computer.isEmpty() || computer.length() > 255) {
                    return error("hello needs computer (the FQDN)");
                }
                List<String> addresses = new ArrayList<>();
                message.path("ipAddresses").forEach(a -> {
                    if (a.isTextual() && addresses.size() < MAX_ADDRESSES) {
                        addresses.add(a.asText().strip());
                    }
                });
                hub.hello(connection, computer, addresses);
            }
            case "ack" -> hub.ack(connection, message.path("version").asText(""));
            case "refresh" -> hub.refresh(connection, message.path("force").asBoolean(false));
            default -> {
                return error("type must be hello, ack or refresh");
            }
        }
        return null;
    }

    @OnClose
    void onClose(WebSocketConnection connection) {
        hub.gone(connection);
    }

    private String retry(String text) {
        try {
            return mapper.writeValueAsString(Map.of("type", "error", "error", text, "retry", true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String error(String text) {
        try {
            return mapper.writeValueAsString(Map.of("type", "error", "error", text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
