package io.remoteassist.transport.handshake;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.HttpClients;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A blocking frame socket to the server's relay (JDK WebSocket client), for the few request-and-answer frames of a
 * handshake. Inbound frames queue up; {@link #receive(Duration)} takes the next one or reports how the relay closed
 * the socket: its close reason names the outcome (e.g. {@code EXPIRED}, {@code LOCKED_OUT}).
 */
public final class FrameSocket implements AutoCloseable {

    /** How the relay closed the socket: the WebSocket close code and reason. */
    public record Closed(int code, String reason) {
    }

    private final BlockingQueue<Object> inbound = new LinkedBlockingQueue<>();
    private final FrameParser parser = new FrameParser();
    private final WebSocket socket;
    private volatile Closed closed;

    private FrameSocket(URI uri, Map<String, String> headers, Duration timeout) throws TransportException {
        try {
            WebSocket.Builder builder = HttpClients.shared().newWebSocketBuilder().connectTimeout(timeout);
            headers.forEach(builder::header);
            this.socket = builder.buildAsync(uri, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new TransportException(TransportStatus.GOING_AWAY, "cannot connect to the relay at "
                    + withoutQuery(uri) + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportStatus.GOING_AWAY, "interrupted");
        }
    }

    /**
     * @param uri     {@code ws://} or {@code wss://} address of the relay endpoint
     * @param timeout how long to wait for the connection
     * @return the open socket
     * @throws TransportException {@link TransportStatus#GOING_AWAY} if the relay cannot be reached
     */
    public static FrameSocket connect(URI uri, Duration timeout) throws TransportException {
        return new FrameSocket(uri, Map.of(), timeout);
    }

    /**
     * @param uri     {@code ws://} or {@code wss://} address of the relay endpoint
     * @param headers extra handshake headers, e.g. the agent key
     * @param timeout how long to wait for the connection
     * @return the open socket
     * @throws TransportException {@link TransportStatus#GOING_AWAY} if the relay cannot be reached
     */
    public static FrameSocket connect(URI uri, Map<String, String> headers, Duration timeout)
            throws TransportException {
        return new FrameSocket(uri, headers, timeout);
    }

    /** Sends one payload as a frame. @throws TransportException if the socket is closed */
    public void send(Payload payload) throws TransportException {
        if (closed != null) {
            throw new TransportException(TransportStatus.GOING_AWAY, "the relay closed the socket: " + closed.reason());
        }
        try {
            socket.sendBinary(ByteBuffer.wrap(FrameCodec.encode(PayloadCodec.encode(payload))), true)
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new TransportException(TransportStatus.GOING_AWAY, "relay write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportStatus.GOING_AWAY, "interrupted");
        }
    }

    /**
     * @param timeout longest wait
     * @return the next frame, or the relay's close once every frame before it was taken
     * @throws TransportException {@link TransportStatus#TIMEOUT} if nothing arrives in time
     */
    public Object receive(Duration timeout) throws TransportException {
        try {
            Object next = inbound.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new TransportException(TransportStatus.TIMEOUT, "no answer within " + timeout.toSeconds() + " s");
            }
            if (next instanceof Closed c) {
                inbound.add(c);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportStatus.GOING_AWAY, "interrupted");
        }
    }

    /** @return whether the relay or this end closed the socket */
    public boolean isClosed() {
        return closed != null;
    }

    @Override
    public void close() {
        if (closed == null) {
            closed(new Closed(1000, "CLOSED"));
            socket.sendClose(1000, "").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
        }
    }

    private synchronized void closed(Closed how) {
        if (closed == null) {
            closed = how;
            inbound.add(how);
        }
    }

    static String withoutQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            try {
                parser.feed(data, inbound::add);
            } catch (TransportException e) {
                closed(new Closed(1002, "PROTOCOL"));
                webSocket.abort();
                return null;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            closed(new Closed(1003, "PROTOCOL"));
            webSocket.abort();
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed(new Closed(statusCode, reason == null || reason.isEmpty() ? "CLOSED" : reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed(new Closed(1006, "CONNECTION_LOST"));
        }
    }

    static Frame frame(Object next) {
        return next instanceof Frame f ? f : null;
    }
}
