package io.remoteassist.agent.bench;

import io.remoteassist.agent.Credentials;
import io.remoteassist.agent.invite.InvitationAgent;
import io.remoteassist.agent.invite.InvitationException;
import io.remoteassist.agent.invite.InvitationMaker;
import io.remoteassist.agent.invite.OpenCommand;
import io.remoteassist.transport.handshake.HandshakeResult;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;

/**
 * Times the invitation handshake through the running server's real relay: for each round the User's agent makes
 * an invitation and waits on the relay; the Helper's client ({@code ra open}) proves the password with SRP-6a (RFC
 * 5054 2048-bit group, SHA-256), the agent checks it, the server records the acceptance and opens the session. The
 * figure is the Helper's wall time from connecting to holding the session id and key. Prints {@code key=value}
 * figures. Usage: {@code SrpBench SERVER_URL [handshakes]}.
 */
public final class SrpBench {

    private SrpBench() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        long[] handshakeNanos = new long[count];
        // signed in as an Admin (RA_BENCH_ADMIN, default admin) to make one User per round: a User has one Helper
        // at a time; their sign-ins are not timed
        Credentials admin = Credentials.named(System.getenv(), System.getenv().getOrDefault("RA_BENCH_ADMIN",
            "admin"));
        for (int i = -5; i < count; i++) {
            Credentials user = Credentials.create(server, admin, "srpbench-" + Long.toString(System.nanoTime(), 36),
                "user");
            try (InvitationAgent agent = new InvitationAgent(server, user, null, quiet, Clock.systemUTC())) {
                InvitationMaker.Made made = agent.maker().make(user.user(), user.user() + ".example.test", 30, "file",
                    null);
                agent.serve(made.invitation());
                long t0 = 0;
                HandshakeResult result = null;
                for (int attempt = 0; result == null; attempt++) {
                    t0 = System.nanoTime();
                    try {
                        result = OpenCommand.open(made.file(), made.password(), "bench-helper", server);
                    } catch (InvitationException e) {
                        // the agent's socket may not have reached the relay yet
                        if (!e.getMessage().contains("not running") || attempt > 50) {
                            throw e;
                        }
                        Thread.sleep(20);
                    }
                }
                long t1 = System.nanoTime();
                if (!Arrays.equals(result.sessionKey(), awaitKey(agent, result.sessionId()))) {
                    throw new IllegalStateException("the two ends derived different keys");
                }
                if (i >= 0) {
                    handshakeNanos[i] = t1 - t0;
                }
            }
        }
        Arrays.sort(handshakeNanos);
        System.out.printf("handshakes=%d through=relay handshake_ms_p50=%.1f handshake_ms_p95=%.1f "
                + "handshake_ms_max=%.1f%n", count, handshakeNanos[count / 2] / 1e6,
            handshakeNanos[count * 95 / 100] / 1e6, handshakeNanos[count - 1] / 1e6);
    }

    private static byte[] awaitKey(InvitationAgent agent, String sessionId) {
        for (int i = 0; i < 100; i++) {
            var key = agent.sessionKey(sessionId);
            if (key.isPresent()) {
                return key.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the agent never reported session " + sessionId);
    }
}
