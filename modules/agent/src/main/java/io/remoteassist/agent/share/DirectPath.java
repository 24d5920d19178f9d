package io.remoteassist.agent.share;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The loopback path without a relay: the same message sizes written on one TCP socket and read whole on another,
 * so that the relay benchmark can subtract what any network hop costs on this machine from its end-to-end figures.
 */
final class DirectPath {

    private DirectPath() {
    }

    /** @return one-way times in nanoseconds, one per message, from the first byte written to the last byte read */
    static long[] measure(int[] sizes, int rounds) throws IOException {
        long[] times = new long[sizes.length * rounds];
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket out = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket in = server.accept()) {
            out.setTcpNoDelay(true);
            OutputStream writer = out.getOutputStream();
            DataInputStream reader = new DataInputStream(in.getInputStream());
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int size : sizes) {
                    byte[] message = new byte[size];
                    long start = System.nanoTime();
                    writer.write(message);
                    writer.flush();
                    reader.readFully(message);
                    times[n++] = System.nanoTime() - start;
                }
            }
        }
        return times;
    }
}
