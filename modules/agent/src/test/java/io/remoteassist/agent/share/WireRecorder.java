package io.remoteassist.agent.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link WireTap} in front of the server, read for what each client sent, so a test can look at exactly what
 * reached the server: the HTTP request head as is and, after a WebSocket upgrade, the binary messages' payloads
 * unmasked and joined (control and text frames left out).
 */
final class WireRecorder implements AutoCloseable {

    /** One client connection: its request line and what it sent after the head. */
    record Connection(String requestLine, byte[] head, byte[] messages) {
    }

    private final WireTap tap = new WireTap();

    WireRecorder(int target) throws IOException {
        tap.forwardTo(target);
    }

    int port() {
        return tap.port();
    }

    /** @return every client connection so far */
    List<Connection> connections() {
        return tap.connections().stream().map(c -> decode(c[0])).toList();
    }

    /** @return everything every client sent, as is (request heads and masked WebSocket frames) */
    byte[] raw() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        tap.connections().forEach(c -> all.writeBytes(c[0]));
        return all.toByteArray();
    }

    static Connection decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String line = text.lines().findFirst().orElse("");
        if (headEnd < 0 || !text.substring(0, headEnd).toLowerCase().contains("upgrade: websocket")) {
            return new Connection(line, bytes, new byte[0]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        boolean binary = false;
        boolean compressed = false;
        int at = headEnd + 4;
        while (at + 2 <= bytes.length) {
            int b0 = bytes[at] & 0xFF;
            int opcode = b0 & 0x0F;
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
            if (opcode != 0) {
                binary = opcode == 2;
                compressed = (b0 & 0x40) != 0;
                message.reset();
            }
            if (opcode < 8) {
                for (int i = 0; i < length; i++) {
                    int b = bytes[payloadAt + i];
                    message.write(masked ? b ^ bytes[maskAt + (i & 3)] : b);
                }
                if ((b0 & 0x80) != 0 && binary) {
                    out.writeBytes(compressed ? inflate(inflater, message.toByteArray()) : message.toByteArray());
                }
            }
            at = (int) (payloadAt + length);
        }
        return new Connection(line, java.util.Arrays.copyOf(bytes, headEnd + 4), out.toByteArray());
    }

    /** permessage-deflate (RFC 7692): the message plus 00 00 FF FF, raw deflate, context kept across messages. */
    private static byte[] inflate(java.util.zip.Inflater inflater, byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] input = java.util.Arrays.copyOf(message, message.length + 4);
        input[message.length + 2] = (byte) 0xFF;
        input[message.length + 3] = (byte) 0xFF;
        inflater.setInput(input);
        byte[] buffer = new byte[65536];
        try {
            int n;
            do {
                n = inflater.inflate(buffer);
                out.write(buffer, 0, n);
            } while (n > 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("a compressed message does not inflate", e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        tap.close();
    }
}
