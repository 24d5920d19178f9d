package io.remoteassist.server.presence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.server.contacts.TrustedContacts;
import io.remoteassist.server.web.AccountNames;
import io.remoteassist.server.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * The presence and IM WebSocket, {@code /presence}. Text frames, one JSON object each, {@code type} first.
 *
 * <p>The upgrade needs a signed-in User or Helper (HTTP Basic from the agent, or a console's sign-in cookie), and
 * the connection is present as that identity: a hello may leave {@code user} out or give the signed-in name; a
 * hello as anyone else gets an error and the connection is closed (1008, the reason says who is signed in).
 *
 * <pre>
 * client → server  {"type":"hello","user":"bob"}                     ({"type":"hello"} is the same for bob)
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
@RolesAllowed({Roles.USER, Roles.HELPER})
public class PresenceEndpoint {

    private static final Logger LOG = Logger.getLogger(PresenceEndpoint.class);
    private static final int MAX_PAYLOAD = 16 * 1024;
    /** RFC 6455: a close frame's reason is at most 123 bytes. */
    private static final int MAX_CLOSE_REASON = 123;
    private static final int POLICY_VIOLATION = 1008;

    private final PresenceHub hub;
    private final ImMailbox mailbox;
    private final TrustedContacts contacts;
    private final ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

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
            hello(connection, message.path("user").asText("").strip());
            return;
        }
        String user = hub.userOf(connection);
        if (user == null) {
            error(connection, "say hello first");
            return;
        }
        switch (type) {
            case "accept", "decline" -> answer(connection, user, type, message.path("id").asText(""));
            case "contact" -> contact(connection, user, message);
            default -> error(connection, "type must be hello, accept, decline or contact");
        }
    }

    /** Present as the signed-in identity; a hello naming someone else closes the connection. */
    private void hello(WebSocketConnection connection, String claimed) {
        String caller = identity.getPrincipal().getName();
        if (!claimed.isEmpty() && !claimed.equalsIgnoreCase(caller)) {
            String shown = AccountNames.isValid(claimed) ? claimed : "another name";
            LOG.infof("presence: %s said hello as %s; closed", caller, shown);
            error(connection, "hello as " + shown + " refused: you are signed in as " + caller
                + ", and a connection is present only as its signed-in identity (leave user out or give your own)");
            String reason = "signed in as " + caller + ", not " + shown;
            connection.close(new CloseReason(POLICY_VIOLATION,
                    reason.length() > MAX_CLOSE_REASON ? reason.substring(0, MAX_CLOSE_REASON) : reason))
                .subscribe().with(v -> { }, e -> LOG.debugf("closing a presence connection: %s", e));
            return;
        }
        hub.hello(connection, caller);
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
