package io.remoteassist.transport.handshake;

import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.net.SrpHandshake;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.PayloadCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The Helper's side of an invitation handshake through the relay: proves the password to the User's agent with
 * SRP-6a and checks that the agent holds the verifier. The relay sees the SRP messages only; the password and the
 * session key never leave the two ends.
 *
 * <pre>
 *   Helper                       relay (server)                        User's agent
 *   SRP_START(id)        ------------------------------------------->
 *                        <------------------------------------------- SRP_CHALLENGE(s, B)
 *   SRP_PROOF(A, M1)     ------------------------------------------->  checks M1 itself
 *          wrong:        <----- close PASSWORD_REJECTED/LOCKED_OUT ---- BYE(AUTH_FAILED)   (the server counts it)
 *          right:        <------------------------------------------- SRP_CONFIRM(M2)    (the server records it)
 *                        <----- SESSION_OPENED(session id) ---------->
 * </pre>
 */
public final class SrpInitiator {

    private static final Duration STEP = Duration.ofSeconds(20);

    private SrpInitiator() {
    }

    /**
     * Runs one handshake.
     *
     * @param helperUri the relay's Helper endpoint for the invitation
     * @param identity  the SRP identity: the invitation id
     * @param password  the password the User told the Helper; not retained
     * @return the outcome; a refusal by the relay or the agent is an outcome, not an exception
     * @throws TransportException if the relay cannot be reached or speaks out of turn
     */
    public static HandshakeResult run(URI helperUri, String identity, char[] password) throws TransportException {
        try (FrameSocket socket = FrameSocket.connect(helperUri, Duration.ofSeconds(10))) {
            SrpHandshake.Client client = new SrpHandshake.Client(identity, password, new SecureRandom());
            if (!send(socket, client.start())) {
                return refusal(socket, socket.receive(STEP));
            }
            Object next = socket.receive(STEP);
            Auth challenge = auth(next, AuthStep.SRP_CHALLENGE);
            if (challenge == null) {
                return refusal(socket, next);
            }
            if (!send(socket, client.proof(challenge))) {
                return refusal(socket, socket.receive(STEP));
            }
            next = socket.receive(STEP);
            Auth confirm = auth(next, AuthStep.SRP_CONFIRM);
            if (confirm == null) {
                return refusal(socket, next);
            }
            try {
                client.finish(confirm);
            } catch (TransportException e) {
                return HandshakeResult.refused("AGENT_NOT_PROVEN");
            }
            next = socket.receive(STEP);
            Auth opened = auth(next, AuthStep.SESSION_OPENED);
            if (opened == null) {
                return refusal(socket, next);
            }
            return new HandshakeResult(HandshakeResult.ACCEPTED, new String(opened.first(), StandardCharsets.UTF_8),
                    client.sessionKey());
        }
    }

    /** @return false when the relay closed the socket (it refused the attempt): its close follows */
    private static boolean send(FrameSocket socket, Auth message) {
        try {
            socket.send(message);
            return true;
        } catch (TransportException e) {
            return false;
        }
    }

    /** The handshake stopped: skip to the relay's close and report its reason. */
    private static HandshakeResult refusal(FrameSocket socket, Object next) throws TransportException {
        while (!(next instanceof FrameSocket.Closed)) {
            Frame frame = FrameSocket.frame(next);
            if (frame != null && frame.type() != FrameType.BYE) {
                throw new TransportException(TransportStatus.BAD_PAYLOAD, "unexpected " + frame.type()
                        + " during the handshake");
            }
            next = socket.receive(STEP);
        }
        return HandshakeResult.refused(((FrameSocket.Closed) next).reason());
    }

    static Auth auth(Object next, AuthStep step) throws TransportException {
        Frame frame = FrameSocket.frame(next);
        if (frame == null || frame.type() != FrameType.AUTH) {
            return null;
        }
        Auth auth = (Auth) PayloadCodec.decode(frame);
        if (auth.step() != step) {
            throw new TransportException(TransportStatus.AUTH_FAILED, "expected " + step + ", got " + auth.step());
        }
        return auth;
    }
}
