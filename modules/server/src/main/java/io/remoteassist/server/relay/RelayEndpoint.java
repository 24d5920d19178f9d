package io.remoteassist.server.relay;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.security.identity.SecurityIdentity;
import io.remoteassist.server.session.SessionDirectory;
import io.remoteassist.server.web.Roles;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relay's WebSocket: {@code /relay/{sessionId}/{role}} with role {@code USER} (the agent) or {@code HELPER}
 * (the browser console). Each binary message carries frames of the transport wire format (any chunking); the
 * relay reads their headers only and forwards them through {@link RelayHub} to the other end.
 *
 * <ul>
 *   <li>Admission: the caller must be the session's user (USER end) or helper (HELPER end), the session must
 *       exist and not be final, and the role must be free
 *       ({@code SESSION_NOT_FOUND}, {@code REFUSED}, {@code ROLE_TAKEN}).
 *   <li>Malformed, oversized or unknown frames, text messages, and frames the sender's role may never send close
 *       both ends with the transport status's WebSocket code and one log line.
 *   <li>What flows in which session state is {@link FramePolicy}'s decision.
 * </ul>
 * TLS is the HTTP layer's ({@code quarkus.http.ssl.*}, then {@code wss://}); nothing here depends on it.
 */
@WebSocket(path = "/relay/{sessionId}/{role}")
public class RelayEndpoint {

    private static final Logger LOG = Logger.getLogger(RelayEndpoint.class);

    private final RelayHub hub;
    private final Map<String, RelayConnection> connections = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionDirectory sessions;

    RelayEndpoint(RelayHub hub) {
        this.hub = hub;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        String sessionId = connection.pathParam("sessionId");
        Role role;
        try {
            role = Role.valueOf(connection.pathParam("role").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refuse(connection, TransportStatus.REFUSED, "unknown role " + connection.pathParam("role"));
            return;
        }
        String party = party(sessionId, role);
        if (party != null) {
            refuse(connection, TransportStatus.REFUSED, party);
            return;
        }
        RelayConnection relayed = new RelayConnection(hub, connection, sessionId, role);
        try {
            String state = hub.admit(sessionId);
            connections.put(connection.id(), relayed);
            relayed.join();
            hub.joined(sessionId, role);
            LOG.infof("relay %s: %s connected (session %s)", sessionId, role, state);
        } catch (TransportException e) {
            connections.remove(connection.id());
            refuse(connection, e.status(), e.getMessage());
        }
    }

    // frames are parsed and queued in memory on the connection's event loop: a hop to a worker thread per message
    // cost more than the relaying itself and, with hundreds of sessions, left the event loops' input unread
    @OnBinaryMessage
    @NonBlocking
    void binary(WebSocketConnection connection, Buffer message) {
        RelayConnection relayed = connections.get(connection.id());
        if (relayed != null) {
            relayed.received(message);
        }
    }

    @OnTextMessage
    @NonBlocking
    void text(WebSocketConnection connection, String message) {
        RelayConnection relayed = connections.get(connection.id());
        if (relayed != null) {
            relayed.fail(TransportStatus.MALFORMED_FRAME, "text message on a binary protocol");
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        RelayConnection relayed = connections.remove(connection.id());
        if (relayed != null) {
            relayed.left();
        }
    }

    @OnError
    void error(WebSocketConnection connection, Throwable failure) {
        RelayConnection relayed = connections.get(connection.id());
        LOG.warnf("relay connection %s failed: %s", connection.id(), failure.toString());
        if (relayed != null) {
            relayed.fail(TransportStatus.INTERNAL_ERROR, failure.toString());
        }
    }

    /** Why the caller may not be this end of the session, or null when it may (or the session is unknown). */
    private String party(String sessionId, Role role) {
        String caller = identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
        boolean isUser = role == Role.USER;
        if (caller == null || !identity.hasRole(isUser ? Roles.USER : Roles.HELPER)) {
            return "the " + role + " end needs a signed-in " + (isUser ? Roles.USER : Roles.HELPER);
        }
        return sessions.find(sessionId)
            .map(v -> isUser ? v.user() : v.helper())
            .filter(expected -> !expected.equalsIgnoreCase(caller))
            .map(expected -> caller + " is not the session's " + (isUser ? "user" : "helper") + " (" + expected + ")")
            .orElse(null);
    }

    private static void refuse(WebSocketConnection connection, TransportStatus status, String why) {
        LOG.infof("relay %s refused: %s (%s)", connection.pathParam("sessionId"), status.meaning(), why);
        connection.close(new CloseReason(status.webSocketCode(), status.name())).subscribe().with(v -> { },
            e -> LOG.debugf("closing a refused relay connection: %s", e));
    }
}
