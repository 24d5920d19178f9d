package io.remoteassist.server.relay;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.websockets.next.runtime.WebSocketConnectionBase;
import io.vertx.core.http.WebSocketBase;
import org.jboss.logging.Logger;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The Vert.x WebSocket under a websockets-next connection, for the relay's writes. {@code sendBinary} makes a
 * {@code Uni} and captures and restores the CDI, JTA and Vert.x contexts for every message: a quarter of the
 * relay's CPU time with hundreds of sessions. Relayed bytes need none of that. When this Quarkus version hides
 * the socket, {@link #of} returns null and the relay keeps using {@code sendBinary}.
 */
final class DirectWrites {

    private static final Logger LOG = Logger.getLogger(DirectWrites.class);
    private static final MethodHandle WEB_SOCKET = find();

    private DirectWrites() {
    }

    /** @return whether the Vert.x socket of a connection can be reached */
    static boolean available() {
        return WEB_SOCKET != null;
    }

    /** @return the connection's Vert.x WebSocket, or null */
    static WebSocketBase of(WebSocketConnection connection) {
        if (WEB_SOCKET == null || !(connection instanceof WebSocketConnectionBase base)) {
            return null;
        }
        try {
            return (WebSocketBase) WEB_SOCKET.invoke(base);
        } catch (Throwable e) {
            LOG.debugf("relay: no Vert.x socket under %s: %s", connection.id(), e);
            return null;
        }
    }

    private static MethodHandle find() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(WebSocketConnectionBase.class,
                MethodHandles.lookup());
            return lookup.findVirtual(WebSocketConnectionBase.class, "webSocket", MethodType.methodType(
                WebSocketBase.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("relay: writes go through sendBinary (no Vert.x socket in this Quarkus version: %s)", e);
            return null;
        }
    }
}
