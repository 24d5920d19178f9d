package io.remoteassist.agent.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP pass-through that keeps the raw bytes of each connection in both directions, as they cross the wire. It
 * listens at once; {@link #forwardTo(int)} names the server's port when it is known.
 */
final class WireTap implements AutoCloseable {

    /** One connection: what the client sent and what the server answered, byte for byte. */
    record Connection(ByteArrayOutputStream sent, ByteArrayOutputStream received) {
    }

    private final ServerSocket listener;
    private volatile int target;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    WireTap() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "wire-tap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void forwardTo(int port) {
        target = port;
    }

    /** @return the connections so far, each with copies of its bytes */
    List<byte[][]> connections() {
        return connections.stream().map(c -> {
            synchronized (c) {
                return new byte[][] {c.sent().toByteArray(), c.received().toByteArray()};
            }
        }).toList();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                Connection connection = new Connection(new ByteArrayOutputStream(), new ByteArrayOutputStream());
                connections.add(connection);
                pump(client.getInputStream(), server.getOutputStream(), connection, connection.sent());
                pump(server.getInputStream(), client.getOutputStream(), connection, connection.received());
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, Object lock, ByteArrayOutputStream record) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (in; out) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (lock) {
                        record.write(buffer, 0, n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed the connection
            }
        }, "wire-tap-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
