package io.remoteassist.agent.share;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameSink;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.remoteassist.transport.api.HttpClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The agent's WebSocket to the relay (JDK client): whole frames, one or several per binary message, out; any
 * chunking in. Sending
 * blocks until the message is handed to the socket, so a slow link pushes back on the sender (and screen tiles
 * coalesce in the {@link Outbound} queue before it). Inbound frames reach the sink on the socket's thread.
 */
final class RelaySocket {

    private final FrameParser parser = new FrameParser();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FrameSink sink;
    private final WebSocket socket;
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private RelaySocket(URI uri, io.remoteassist.agent.Credentials credentials, FrameSink sink, HttpClient client) {
        this.sink = sink;
        try {
            WebSocket.Builder builder = client.newWebSocketBuilder();
            credentials.header().ifPresent(h -> builder.header("Authorization", h));
            this.socket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ShareException("cannot connect to the relay at " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShareException("interrupted");
        }
    }

    /** Connects signed in as {@code credentials} (the session's user for the USER end, its helper for HELPER). */
    static RelaySocket connect(URI uri, io.remoteassist.agent.Credentials credentials, FrameSink sink) {
        return new RelaySocket(uri, credentials, sink, HttpClients.shared());
    }

    /** The same through a client shared with other sockets (one selector thread for many connections). */
    static RelaySocket connect(URI uri, io.remoteassist.agent.Credentials credentials, FrameSink sink,
                               HttpClient client) {
        return new RelaySocket(uri, credentials, sink, client);
    }

    /** Sends one frame; blocks until it is written. @throws TransportException if the socket is closed */
    void send(Frame frame) throws TransportException {
        send(List.of(frame));
    }

    /** Sends frames in one message; blocks until it is written. @throws TransportException if closed */
    synchronized void send(List<Frame> frames) throws TransportException {
        if (frames.isEmpty()) {
            return;
        }
        if (closed.get()) {
            throw new TransportException(TransportStatus.GOING_AWAY, "relay socket closed");
        }
        try {
            int size = 0;
            for (Frame frame : frames) {
                size += frame.wireSize();
            }
            ByteBuffer message = ByteBuffer.allocate(size);
            for (Frame frame : frames) {
                FrameCodec.encode(frame, message);
            }
            socket.sendBinary(message.flip(), true).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            close(TransportStatus.TIMEOUT);
            throw new TransportException(TransportStatus.GOING_AWAY, "relay write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportStatus.GOING_AWAY, "interrupted");
        }
    }

    /**
     * Sends frames in one message without waiting (benchmarks that drive many sockets from one thread): the message
     * goes out after the ones before it; {@code frames} is called, and the message encoded, on {@code executor} once
     * they are written, so the caller's thread does not seal or copy; {@code writing} runs just before the message
     * is handed to the socket.
     */
    synchronized void sendLater(Supplier<List<Frame>> frames, Runnable writing, Executor executor) {
        pending = pending.thenComposeAsync(v -> {
            List<Frame> message = frames.get();
            int size = 0;
            for (Frame frame : message) {
                size += frame.wireSize();
            }
            ByteBuffer wire = ByteBuffer.allocate(size);
            for (Frame frame : message) {
                FrameCodec.encode(frame, wire);
            }
            writing.run();
            return socket.sendBinary(wire.flip(), true);
        }, executor).thenApply(w -> null);
    }

    /** @return completes when every message given to {@link #sendLater} so far is written */
    synchronized CompletableFuture<Void> drained() {
        return pending;
    }

    void close(TransportStatus status) {
        if (closed.compareAndSet(false, true)) {
            int code = status.webSocketCode() == 1000 || status.webSocketCode() >= 3000 ? status.webSocketCode() : 1000;
            socket.sendClose(code, status.name()).orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
            sink.closed(status);
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            try {
                parser.feed(data, sink);
            } catch (TransportException e) {
                close(e.status());
                return null;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            close(TransportStatus.MALFORMED_FRAME);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            TransportStatus status = TransportStatus.PEER_LEFT;
            try {
                status = TransportStatus.valueOf(reason);
            } catch (IllegalArgumentException | NullPointerException e) {
                // the relay names the status in the close reason; anything else is the peer leaving
            }
            if (closed.compareAndSet(false, true)) {
                sink.closed(status);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (closed.compareAndSet(false, true)) {
                sink.closed(TransportStatus.GOING_AWAY);
            }
        }
    }
}
