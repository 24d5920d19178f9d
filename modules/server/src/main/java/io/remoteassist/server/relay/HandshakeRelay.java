package io.remoteassist.server.relay;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.remoteassist.server.invitation.AdmissionRefused;
import io.remoteassist.server.invitation.InvitationAdmission;
import io.remoteassist.transport.api.Frame;
import io.remoteassist.transport.api.Role;
import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;
import io.remoteassist.transport.protocol.Auth;
import io.remoteassist.transport.protocol.AuthStep;
import io.remoteassist.transport.protocol.Bye;
import io.remoteassist.transport.protocol.FrameCodec;
import io.remoteassist.transport.protocol.FrameParser;
import io.remoteassist.transport.protocol.Payload;
import io.remoteassist.transport.protocol.PayloadCodec;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries invitation handshakes between a Helper and the User's agent. It reads frame headers and the AUTH step
 * only; the SRP-6a values pass through. The User's agent checks the Helper's proof; the relay records what the
 * agent answered, never deciding the password itself:
 * <ul>
 *   <li>{@code AUTH(SRP_CONFIRM)} from the agent: accepted. The admission records it and opens a session; the
 *       confirmation goes to the Helper, then {@code AUTH(SESSION_OPENED, session id)} to both ends, and both
 *       sockets close with {@code ACCEPTED}.
 *   <li>{@code BYE(AUTH_FAILED)} from the agent: rejected. The admission counts it; the Helper's socket closes with
 *       {@code PASSWORD_REJECTED}, or both close with {@code LOCKED_OUT} once the limit is reached.
 * </ul>
 * One Helper at a time per invitation ({@code BUSY} otherwise); a Helper with no agent waiting is refused with
 * {@code AGENT_NOT_RUNNING}; an attempt may take at most {@link #MAX_FRAMES} frames. Only HELLO, AUTH, PING, PONG
 * and BYE pass; anything else closes the sender with {@code PROTOCOL}.
 */
@Singleton
public class HandshakeRelay {

    static final int MAX_FRAMES = 12;
    static final java.util.Set<String> CLOSED = java.util.Set.of("EXPIRED", "REVOKED", "ALREADY_USED", "LOCKED_OUT",
        "REFUSED_BY_POLICY");

    private static final Logger LOG = Logger.getLogger(HandshakeRelay.class);
    private static final String AGENT_KEY_HEADER = "X-RA-Agent-Key";

    /** One invitation's agent and, during an attempt, its Helper. */
    private static final class Channel {
        WebSocketConnection agent;
        WebSocketConnection helper;
        String helperName;
        boolean proofPending;
        FrameParser agentParser = new FrameParser();
        FrameParser helperParser = new FrameParser();
        int frames;
    }

    private record Bound(String invitationId, Role role) {
    }

    private final InvitationAdmission admission;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final Map<String, Bound> bound = new ConcurrentHashMap<>();

    HandshakeRelay(InvitationAdmission admission) {
        this.admission = admission;
    }

    void open(WebSocketConnection socket, String invitationId, String roleName) {
        Role role;
        try {
            role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            close(socket, 1008, "BAD_REQUEST", "unknown role " + roleName);
            return;
        }
        try {
            if (role == Role.USER) {
                admission.admitAgent(invitationId, socket.handshakeRequest().header(AGENT_KEY_HEADER));
                joinAgent(socket, invitationId);
            } else {
                String helper = admission.admitHelper(invitationId, queryParam(socket, "helper"),
                    "legacy".equals(queryParam(socket, "ticket")));
                joinHelper(socket, invitationId, helper);
            }
        } catch (AdmissionRefused e) {
            close(socket, 1008, e.reason(), e.getMessage());
            if (role == Role.HELPER && CLOSED.contains(e.reason())) {
                // the invitation closed (expired, revoked, …) while its agent waited: tell the agent too
                Channel channel = channels.remove(invitationId);
                if (channel != null) {
                    close(channel.agent, 1008, e.reason(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "invitation %s: admission failed", invitationId);
            close(socket, 1011, "INTERNAL_ERROR", e.toString());
        }
    }

    private void joinAgent(WebSocketConnection socket, String invitationId) {
        WebSocketConnection previous;
        Channel channel = channels.computeIfAbsent(invitationId, id -> new Channel());
        synchronized (channel) {
            previous = channel.agent;
            channel.agent = socket;
            channel.agentParser = new FrameParser();
        }
        bound.put(socket.id(), new Bound(invitationId, Role.USER));
        if (previous != null && previous.isOpen()) {
            close(previous, 1000, "REPLACED", "the agent connected again");
        }
        LOG.infof("invitation %s: the User's agent is waiting for a Helper", invitationId);
    }

    private void joinHelper(WebSocketConnection socket, String invitationId, String helper) throws AdmissionRefused {
        Channel channel = channels.get(invitationId);
        if (channel == null) {
            throw new AdmissionRefused("AGENT_NOT_RUNNING", "the User's agent is not running: it must be running "
                + "for a Helper to connect");
        }
        synchronized (channel) {
            if (channel.agent == null || !channel.agent.isOpen()) {
                throw new AdmissionRefused("AGENT_NOT_RUNNING", "the User's agent is not running");
            }
            if (channel.helper != null && channel.helper.isOpen() || channel.proofPending) {
                throw new AdmissionRefused("BUSY", "another Helper is trying this invitation right now");
            }
            channel.helper = socket;
            channel.helperName = helper;
            channel.helperParser = new FrameParser();
            channel.frames = 0;
        }
        bound.put(socket.id(), new Bound(invitationId, Role.HELPER));
        LOG.infof("invitation %s: %s connected to prove the password", invitationId, helper);
    }

    void received(WebSocketConnection socket, byte[] bytes) {
        Bound at = bound.get(socket.id());
        Channel channel = at == null ? null : channels.get(at.invitationId());
        if (channel == null) {
            return;
        }
        List<Frame> frames = new ArrayList<>();
        synchronized (channel) {
            try {
                (at.role() == Role.USER ? channel.agentParser : channel.helperParser)
                    .feed(ByteBuffer.wrap(bytes), frames::add);
            } catch (TransportException e) {
                protocolError(socket, e.getMessage());
                return;
            }
            for (Frame frame : frames) {
                if (!carry(at, channel, socket, frame)) {
                    return;
                }
            }
        }
    }

    /** @return false once the sockets were closed */
    private boolean carry(Bound at, Channel channel, WebSocketConnection from, Frame frame) {
        switch (frame.type()) {
            case HELLO, AUTH, PING, PONG, BYE -> {
            }
            default -> {
                protocolError(from, frame.type() + " is not part of a handshake");
                return false;
            }
        }
        if (at.role() == Role.HELPER && ++channel.frames > MAX_FRAMES) {
            protocolError(from, "too many frames for one handshake");
            return false;
        }
        Payload payload;
        try {
            payload = PayloadCodec.decode(frame);
        } catch (TransportException e) {
            protocolError(from, e.getMessage());
            return false;
        }
        if (payload instanceof Auth auth && !(at.role() == Role.HELPER
                ? auth.step() == AuthStep.SRP_START || auth.step() == AuthStep.SRP_PROOF
                : auth.step() == AuthStep.SRP_CHALLENGE || auth.step() == AuthStep.SRP_CONFIRM)) {
            // SESSION_OPENED is the relay's alone: an end cannot announce a session to the other
            protocolError(from, at.role() + " may not send " + auth.step());
            return false;
        }
        if (at.role() == Role.HELPER) {
            if (payload instanceof Auth auth && auth.step() == AuthStep.SRP_PROOF) {
                if (channel.proofPending) {
                    protocolError(from, "one proof per attempt");
                    return false;
                }
                // from now on the agent's verdict is recorded even if this Helper hangs up before it arrives
                channel.proofPending = true;
            }
            send(channel.agent, frame);
            return true;
        }
        if (channel.proofPending && payload instanceof Auth auth && auth.step() == AuthStep.SRP_CONFIRM) {
            channel.proofPending = false;
            return accepted(at.invitationId(), channel, frame);
        }
        if (channel.proofPending && payload instanceof Bye bye && bye.status() == TransportStatus.AUTH_FAILED) {
            channel.proofPending = false;
            return rejected(at.invitationId(), channel, frame);
        }
        if (payload instanceof Auth auth && auth.step() == AuthStep.SRP_CONFIRM) {
            protocolError(from, "a confirmation without a proof to confirm");
            return false;
        }
        send(channel.helper, frame);
        return true;
    }

    private boolean accepted(String invitationId, Channel channel, Frame confirm) {
        WebSocketConnection helper = channel.helper;
        String sessionId;
        try {
            sessionId = admission.accepted(invitationId, channel.helperName);
        } catch (AdmissionRefused e) {
            close(helper, 1008, e.reason(), e.getMessage());
            close(channel.agent, 1008, e.reason(), e.getMessage());
            channels.remove(invitationId);
            return false;
        }
        Frame opened = PayloadCodec.encode(Auth.of(AuthStep.SESSION_OPENED, sessionId.getBytes(StandardCharsets.UTF_8)));
        send(helper, confirm);
        send(helper, opened);
        send(channel.agent, opened);
        LOG.infof("invitation %s: the User's agent accepted %s's proof; session %s", invitationId,
            channel.helperName, sessionId);
        close(helper, 1000, "ACCEPTED", "session " + sessionId);
        close(channel.agent, 1000, "ACCEPTED", "session " + sessionId);
        channels.remove(invitationId);
        return false;
    }

    private boolean rejected(String invitationId, Channel channel, Frame bye) {
        String outcome = admission.rejected(invitationId, channel.helperName);
        LOG.infof("invitation %s: the User's agent rejected %s's proof (%s)", invitationId, channel.helperName, outcome);
        send(channel.helper, bye);
        close(channel.helper, 1008, outcome, "wrong password");
        channel.helper = null;
        if (!"PASSWORD_REJECTED".equals(outcome)) {
            close(channel.agent, 1008, outcome, "the invitation is closed");
            channels.remove(invitationId);
            return false;
        }
        return true;
    }

    void protocolError(WebSocketConnection socket, String why) {
        LOG.warnf("invitation handshake: closing %s: %s", socket.id(), why);
        close(socket, 1002, "PROTOCOL", why);
    }

    void closed(WebSocketConnection socket) {
        Bound at = bound.remove(socket.id());
        Channel channel = at == null ? null : channels.get(at.invitationId());
        if (channel == null) {
            return;
        }
        synchronized (channel) {
            if (same(channel.helper, socket)) {
                channel.helper = null;
            }
            if (same(channel.agent, socket)) {
                channel.agent = null;
                if (channel.helper != null) {
                    close(channel.helper, 1001, "AGENT_NOT_RUNNING", "the User's agent left");
                }
                channels.remove(at.invitationId(), channel);
            }
        }
    }

    /** @return whether the agent of an invitation is waiting for Helpers */
    public boolean agentWaiting(String invitationId) {
        Channel channel = channels.get(invitationId);
        return channel != null && channel.agent != null && channel.agent.isOpen();
    }

    /** Connections are compared by id: the objects handed to the callbacks need not be the same instance. */
    private static boolean same(WebSocketConnection a, WebSocketConnection b) {
        return a != null && b != null && a.id().equals(b.id());
    }

    private static void send(WebSocketConnection to, Frame frame) {
        if (to != null && to.isOpen()) {
            to.sendBinaryAndAwait(Buffer.buffer(FrameCodec.encode(frame)));
        }
    }

    private static void close(WebSocketConnection socket, int code, String reason, String why) {
        if (socket == null || !socket.isOpen()) {
            return;
        }
        LOG.debugf("invitation handshake: closing %s with %s (%s)", socket.id(), reason, why);
        socket.close(new CloseReason(code, reason)).subscribe().with(v -> { },
            e -> LOG.debugf("closing a handshake socket: %s", e));
    }

    private static String queryParam(WebSocketConnection socket, String name) {
        String query = socket.handshakeRequest().query();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
