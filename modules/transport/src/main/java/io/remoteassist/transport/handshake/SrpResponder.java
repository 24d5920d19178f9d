package io.remoteassist.transport.handshake;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.net.SrpVerifier;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.Bye;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The User's agent's side of an invitation handshake: holds the relay's agent endpoint of one invitation open
 * (reconnecting when the connection drops) and answers each Helper's SRP-6a attempt with the verifier it keeps.
 * The agent checks the Helper's proof itself; the server learns only the outcome, from what the agent sends:
 * {@code SRP_CONFIRM} (accepted) or {@code BYE(AUTH_FAILED)} (wrong password). The agent never takes the server's
 * word for a proof: it confirms only a proof it verified.
 *
 * <p>It stops when the relay ends the invitation for good (accepted, expired, revoked, locked out, …) or when
 * {@link #stop()} is called. One thread per invitation.
 */
public final class SrpResponder implements AutoCloseable {

    /** What the agent hears about its invitation. Called on the responder's thread. */
    public interface Listener {

        /** A Helper proved the password and the server opened {@code sessionId}. */
        void accepted(String sessionId, byte[] sessionKey);

        /** A Helper's proof did not verify. */
        void rejected();

        /**
         * The relay ended the invitation for good without an accepted proof; {@code reason} names why (e.g.
         * {@code EXPIRED}).
         */
        void ended(String reason);
    }

    /** Close reasons after which reconnecting is pointless. */
    static final Set<String> FINAL = Set.of("ACCEPTED", "LOCKED_OUT", "EXPIRED", "REVOKED", "ALREADY_USED",
            "REFUSED_BY_POLICY", "NOT_FOUND", "NOT_THE_AGENT");

    private static final Logger LOG = Logger.getLogger(SrpResponder.class.getName());
    private static final Duration IDLE = Duration.ofSeconds(30);

    /** The handshake header that carries the agent key the server gave the agent at registration. */
    public static final String AGENT_KEY_HEADER = "X-RA-Agent-Key";

    private final URI agentUri;
    private final String agentKey;
    private final SrpVerifier verifier;
    private final Listener listener;
    private final SecureRandom random = new SecureRandom();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile boolean accepted;
    private volatile FrameSocket socket;

    /**
     * @param agentUri the relay's agent endpoint of the invitation
     * @param agentKey the key the server gave the agent when it registered the invitation
     * @param verifier the invitation's SRP verifier (identity = invitation id)
     * @param listener told about outcomes
     */
    public SrpResponder(URI agentUri, String agentKey, SrpVerifier verifier, Listener listener) {
        this.agentUri = agentUri;
        this.agentKey = agentKey;
        this.verifier = verifier;
        this.listener = listener;
        this.thread = new Thread(this::run, "invitation-" + verifier.identity());
        this.thread.setDaemon(true);
    }

    /** Starts answering Helpers. @return this */
    public SrpResponder start() {
        thread.start();
        return this;
    }

    /** Stops answering and closes the relay connection. */
    public void stop() {
        stopped = true;
        FrameSocket current = socket;
        if (current != null) {
            current.close();
        }
        thread.interrupt();
    }

    @Override
    public void close() {
        stop();
    }

    /** @return whether the responder thread is still serving the invitation */
    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        long backoff = 500;
        while (!stopped) {
            try (FrameSocket open = FrameSocket.connect(agentUri, Map.of(AGENT_KEY_HEADER, agentKey),
                    Duration.ofSeconds(10))) {
                socket = open;
                backoff = 500;
                String ended = serve(open);
                if (ended != null) {
                    if (!accepted) {
                        listener.ended(ended);
                    }
                    return;
                }
            } catch (TransportException e) {
                LOG.log(Level.FINE, "invitation " + verifier.identity() + ": " + e.getMessage());
            }
            if (stopped) {
                return;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    /** @return the final reason when the invitation ended, null when the connection dropped */
    private String serve(FrameSocket open) throws TransportException {
        SrpHandshake.Server attempt = null;
        while (!stopped) {
            Object next;
            try {
                next = open.receive(IDLE);
            } catch (TransportException e) {
                if (e.status() == TransportStatus.TIMEOUT) {
                    continue;
                }
                throw e;
            }
            if (next instanceof FrameSocket.Closed closed) {
                return FINAL.contains(closed.reason()) ? closed.reason() : null;
            }
            Frame frame = (Frame) next;
            if (frame.type() != FrameType.AUTH) {
                continue;
            }
            Payload payload = PayloadCodec.decode(frame);
            Auth auth = (Auth) payload;
            switch (auth.step()) {
                case SRP_START -> {
                    attempt = new SrpHandshake.Server(verifier, random);
                    try {
                        open.send(attempt.challenge(auth));
                    } catch (TransportException e) {
                        attempt = null;
                        fail(open);
                    }
                }
                case SRP_PROOF -> {
                    if (attempt == null) {
                        fail(open);
                        continue;
                    }
                    SrpHandshake.Server current = attempt;
                    attempt = null;
                    Auth confirm;
                    try {
                        confirm = current.confirm(auth);
                    } catch (TransportException e) {
                        fail(open);
                        continue;
                    }
                    open.send(confirm);
                    String sessionId = awaitSession(open);
                    if (sessionId != null) {
                        accepted = true;
                        listener.accepted(sessionId, current.sessionKey());
                        return "ACCEPTED";
                    }
                }
                case SESSION_OPENED -> LOG.fine("a session announcement without a confirmed proof: ignored");
                default -> fail(open);
            }
        }
        return null;
    }

    /** After a confirmed proof: the server names the session, or ends the invitation (e.g. it just expired). */
    private String awaitSession(FrameSocket open) throws TransportException {
        Object next = open.receive(Duration.ofSeconds(20));
        Auth opened = SrpInitiator.auth(next, AuthStep.SESSION_OPENED);
        if (opened == null) {
            if (next instanceof FrameSocket.Closed closed) {
                throw new TransportException(TransportStatus.REFUSED, "the relay closed: " + closed.reason());
            }
            return null;
        }
        return new String(opened.first(), StandardCharsets.UTF_8);
    }

    private void fail(FrameSocket open) throws TransportException {
        open.send(new Bye(TransportStatus.AUTH_FAILED));
        listener.rejected();
    }
}
