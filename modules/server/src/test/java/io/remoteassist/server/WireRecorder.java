package io.remoteassist.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP pass-through in front of the server that keeps every byte the clients sent it, so a test can look at
 * exactly what reached the server: HTTP requests as they are, and WebSocket frames unmasked (clients mask them).
 */
final class WireRecorder implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<ByteArrayOutputStream> connections = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    WireRecorder(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "wire-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                ByteArrayOutputStream record = new ByteArrayOutputStream();
                connections.add(record);
                pump(client.getInputStream(), server.getOutputStream(), record);
                pump(server.getInputStream(), client.getOutputStream(), null);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, ByteArrayOutputStream record) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (record != null) {
                        synchronized (record) {
                            record.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection closed
            } finally {
                try {
                    out.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "wire-pump");
        t.setDaemon(true);
        t.start();
    }

    /** @return everything the clients sent, per connection, with WebSocket payloads unmasked */
    List<byte[]> received() {
        return connections.stream().map(record -> {
            synchronized (record) {
                return decode(record.toByteArray());
            }
        }).toList();
    }

    /** The HTTP request head as is; after a WebSocket upgrade, the frames' payloads unmasked. */
    static byte[] decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0 || !text.substring(0, headEnd).toLowerCase().contains("upgrade: websocket")) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, headEnd + 4);
        int at = headEnd + 4;
        while (at + 2 <= bytes.length) {
            int b1 = bytes[at + 1] & 0xFF;
            long length = b1 & 0x7F;
            int header = 2;
            if (length == 126) {
                length = (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
                header = 4;
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = length << 8 | bytes[at + 2 + i] & 0xFF;
                }
                header = 10;
            }
            boolean masked = (b1 & 0x80) != 0;
            int maskAt = at + header;
            int payloadAt = maskAt + (masked ? 4 : 0);
            if (payloadAt + length > bytes.length) {
                break;
            }
            for (int i = 0; i < length; i++) {
                int b = bytes[payloadAt + i];
                out.write(masked ? b ^ bytes[maskAt + (i & 3)] : b);
            }
            at = (int) (payloadAt + length);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
