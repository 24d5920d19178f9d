package io.remoteassist.server.presence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.server.contacts.TrustedContacts;
import io.remoteassist.server.web.AccountNames;

import java.util.Map;

/**
 * The presence and IM WebSocket, {@code /presence}. Text frames, one JSON object each, {@code type} first.
 *
 * <pre>
 * client → server  {"type":"hello","user":"bob"}
 * server → client  {"type":"presence","user":"bob","buddies":[{"name":"alice","online":true}]}
 * server → client  {"type":"online","user":"alice"} / {"type":"offline","user":"alice"}   buddies coming and going
 * server → client  {"type":"invitation","id","from","invitationId","user","expiresAt","file":base64}   IM invitation
 * client → server  {"type":"accept","id"} → {"type":"accepted","id","invitationId"}  (or decline → declined)
 * client → server  {"type":"contact","to":"alice","payload":{…}}   trusted-contact handshake, relayed as
 * server → client  {"type":"contact","from":"bob","payload":{…}}   between trusted contacts only
 * server → client  {"type":"error","error":"…"}
 * </pre>
 */
@WebSocket(path = "/presence")
public class PresenceEndpoint {

    private static final int MAX_PAYLOAD = 16 * 1024;

    private final PresenceHub hub;
    private final ImMailbox mailbox;
    private final TrustedContacts contacts;
    private final ObjectMapper mapper;

    PresenceEndpoint(PresenceHub hub, ImMailbox mailbox, TrustedContacts contacts, ObjectMapper mapper) {
        this.hub = hub;
        this.mailbox = mailbox;
        this.contacts = contacts;
        this.mapper = mapper;
    }

    /** Blocking (worker thread): hello reads the buddy list, contact reads the trusted contacts. */
    @OnTextMessage
    void onMessage(String text, WebSocketConnection connection) {
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            error(connection, "not JSON: " + e.getOriginalMessage());
            return;
        }
        if (message == null || !message.isObject()) {
            error(connection, "a message is a JSON object with a type");
            return;
        }
        String type = message.path("type").asText("");
        if (type.equals("hello")) {
            String user = message.path("user").asText("");
            if (!AccountNames.isValid(user)) {
                error(connection, "hello needs user (letters, digits and . _ - @ \\)");
                return;
            }
            hub.hello(connection, user);
            return;
        }
        String user = hub.userOf(connection);
        if (user == null) {
            error(connection, "say hello with your user name first");
            return;
        }
        switch (type) {
            case "accept", "decline" -> answer(connection, user, type, message.path("id").asText(""));
            case "contact" -> contact(connection, user, message);
            default -> error(connection, "type must be hello, accept, decline or contact");
        }
    }

    private void answer(WebSocketConnection connection, String user, String type, String id) {
        var taken = mailbox.take(id, user);
        if (taken.isEmpty()) {
            error(connection, "no pending invitation " + id + " for " + user + " (answered, withdrawn or expired)");
            return;
        }
        hub.send(connection, PresenceHub.message(type.equals("accept") ? "accepted" : "declined", "id", id,
            "invitationId", taken.get().invitationId()));
    }

    private void contact(WebSocketConnection connection, String user, JsonNode message) {
        String to = message.path("to").asText("");
        JsonNode payload = message.path("payload");
        if (!payload.isObject() || payload.toString().length() > MAX_PAYLOAD) {
            error(connection, "contact needs a payload object of at most " + MAX_PAYLOAD + " characters");
            return;
        }
        if (!AccountNames.isValid(to) || !contacts.trusted(user, to)) {
            error(connection, to + " is not a trusted contact of " + user);
            return;
        }
        if (!hub.sendTo(to, Map.of("type", "contact", "from", user, "payload", payload))) {
            error(connection, to + " is offline");
        }
    }

    @OnClose
    void onClose(WebSocketConnection connection) {
        hub.gone(connection);
    }

    private void error(WebSocketConnection connection, String text) {
        hub.send(connection, PresenceHub.message("error", "error", text));
    }
}
