package io.remoteassist.agent.bench;

import io.remoteassist.transport.net.SrpHandshake;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Times the SRP-6a handshake (RFC 5054 2048-bit group, SHA-256) between a Helper's client and the User's
 * agent, both sides in this process: verifier creation, then start → challenge → proof → confirm →
 * finish. Prints {@code key=value} figures. Usage: {@code SrpBench [handshakes]}.
 */
public final class SrpBench {

    private SrpBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SecureRandom random = new SecureRandom();
        char[] password = "48BJQ853X3B4".toCharArray();
        for (int i = 0; i < 20; i++) {
            handshake(password, random);
        }
        long[] verifierNanos = new long[count];
        long[] handshakeNanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            var verifier = SrpHandshake.newVerifier("invitation", password, random);
            long t1 = System.nanoTime();
            var client = new SrpHandshake.Client("invitation", password, random);
            var server = new SrpHandshake.Server(verifier, random);
            client.finish(server.confirm(client.proof(server.challenge(client.start()))));
            long t2 = System.nanoTime();
            if (!Arrays.equals(client.sessionKey(), server.sessionKey())) {
                throw new IllegalStateException("the two ends derived different keys");
            }
            verifierNanos[i] = t1 - t0;
            handshakeNanos[i] = t2 - t1;
        }
        Arrays.sort(verifierNanos);
        Arrays.sort(handshakeNanos);
        System.out.printf("handshakes=%d verifier_ms_p50=%.2f handshake_ms_p50=%.2f handshake_ms_p95=%.2f%n", count,
            verifierNanos[count / 2] / 1e6, handshakeNanos[count / 2] / 1e6, handshakeNanos[count * 95 / 100] / 1e6);
    }

    private static void handshake(char[] password, SecureRandom random) throws Exception {
        var verifier = SrpHandshake.newVerifier("warm-up", password, random);
        var client = new SrpHandshake.Client("warm-up", password, random);
        var server = new SrpHandshake.Server(verifier, random);
        client.finish(server.confirm(client.proof(server.challenge(client.start()))));
    }
}
