package io.remoteassist.server.relay;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;

/**
 * The relay's WebSocket for invitation handshakes: {@code /relay/invitation/{invitationId}/USER} for the User's
 * agent (header {@code X-RA-Agent-Key}) and {@code /relay/invitation/{invitationId}/HELPER?helper=NAME} for a
 * Helper ({@code &ticket=legacy} when the Helper's file has no encrypted ticket). It only binds sockets to {@link HandshakeRelay}, which asks the invitation admission and carries the
 * SRP-6a frames. Separate from the session relay ({@code /relay/{sessionId}/{role}}): no screen ever flows here.
 */
@WebSocket(path = "/relay/invitation/{invitationId}/{role}")
public class HandshakeEndpoint {

    private final HandshakeRelay relay;

    HandshakeEndpoint(HandshakeRelay relay) {
        this.relay = relay;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        relay.open(connection, connection.pathParam("invitationId"), connection.pathParam("role"));
    }

    @OnBinaryMessage
    void binary(WebSocketConnection connection, Buffer message) {
        relay.received(connection, message.getBytes());
    }

    @OnTextMessage
    void text(WebSocketConnection connection, String message) {
        relay.protocolError(connection, "text message on a binary protocol");
    }

    @OnClose
    void close(WebSocketConnection connection) {
        relay.closed(connection);
    }
}
