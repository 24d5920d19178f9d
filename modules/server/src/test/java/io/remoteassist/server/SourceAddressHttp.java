package io.remoteassist.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTTP/1.1 POST from a chosen loopback source address (127.0.0.x), so a test can act as a distinct network
 * source for the server's per-source limits.
 */
final class SourceAddressHttp {

    record Reply(int status, String body) {
    }

    private SourceAddressHttp() {
    }

    /** A POST signed in as {@code name} (HTTP Basic), who holds {@code role}. */
    static Reply post(URI base, String source, String path, String json, String name, String role)
        throws IOException {
        String credentials = java.util.Base64.getEncoder().encodeToString((name + ":" + Api.identity(name, role))
            .getBytes(StandardCharsets.UTF_8));
        return post(base, source, path, json, "Authorization: Basic " + credentials + "\r\n");
    }

    static Reply post(URI base, String source, String path, String json) throws IOException {
        return post(base, source, path, json, "");
    }

    private static Reply post(URI base, String source, String path, String json, String headers)
        throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\n" + headers + "Content-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int start = text.indexOf("\r\n\r\n");
            String rest = start < 0 ? "" : text.substring(start + 4);
            if (text.substring(0, Math.max(0, start)).toLowerCase().contains("transfer-encoding: chunked")) {
                rest = dechunk(rest);
            }
            return new Reply(status, rest);
        }
    }

    private static String dechunk(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(text, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
