package io.remoteassist.agent.invite;

import io.remoteassist.transport.handshake.SrpResponder;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The User's agent's invitation service: while it runs it waits on the server's relay for the Helpers of each of
 * its open invitations and checks their SRP-6a proofs with the verifier it keeps (the server never decides a
 * password: it only learns the outcome from what the agent sends). Like Windows, a Helper can connect only while
 * the agent runs; closing it withdraws its open invitations (revoked, reason {@code agent closed}).
 */
public final class InvitationAgent implements AutoCloseable {

    /** The reason recorded when the agent closes with invitations still open. */
    public static final String CLOSED_REASON = "agent closed";

    private final InvitationMaker maker;
    /** Who withdraws what is still open at close: the signed-in User (the server refuses any other name). */
    private final String actor;
    private final InvitationStore store;
    private final PrintStream out;
    private final Clock clock;
    private final Map<String, SrpResponder> serving = new ConcurrentHashMap<>();
    private final Map<String, byte[]> sessionKeys = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, String> onAccepted = (invitation, session) -> { };

    /**
     * @param server the server
     * @param store  where {@code ra invite} keeps invitations for this agent, or null to serve only those made here
     * @param out    where the User reads what happens
     */
    public InvitationAgent(URI server, InvitationStore store, PrintStream out, Clock clock) {
        this(server, io.remoteassist.agent.Credentials.fromEnv(System.getenv()), store, out, clock);
    }

    /** The same, signed in as {@code credentials} (the User). */
    public InvitationAgent(URI server, io.remoteassist.agent.Credentials credentials, InvitationStore store,
                           PrintStream out, Clock clock) {
        this.maker = new InvitationMaker(server, credentials);
        this.actor = credentials == null || credentials.user().isBlank() ? "agent" : credentials.user();
        this.store = store;
        this.out = out;
        this.clock = clock;
    }

    /** @return the maker, for invitations made while the agent runs */
    public InvitationMaker maker() {
        return maker;
    }

    /** Called with (invitation id, session id) when a Helper's proof was accepted and the session opened. */
    public void onAccepted(BiConsumer<String, String> listener) {
        this.onAccepted = listener;
    }

    /** Starts answering Helpers for an invitation (once). */
    public void serve(AgentInvitation invitation) {
        serving.computeIfAbsent(invitation.id(), id -> new SrpResponder(maker.api().relay(invitation.agentPath()),
            invitation.agentKey(), invitation.verifier(), new SrpResponder.Listener() {
                @Override
                public void accepted(String sessionId, byte[] sessionKey) {
                    sessionKeys.put(sessionId, sessionKey);
                    finished(id);
                    out.println("invitation " + id + ": the Helper proved the password; session " + sessionId);
                    onAccepted.accept(id, sessionId);
                }

                @Override
                public void rejected() {
                    out.println("invitation " + id + ": a Helper gave a wrong password");
                }

                @Override
                public void ended(String reason) {
                    finished(id);
                    if (!"ACCEPTED".equals(reason)) {
                        out.println("invitation " + id + ": closed (" + reason.toLowerCase().replace('_', ' ') + ")");
                    }
                }
            }).start());
    }

    /** Serves the store's invitations not yet served; forgets the expired ones. @return how many are served */
    public int serveStored() {
        if (store != null) {
            for (AgentInvitation invitation : store.list()) {
                if (!invitation.expiresAt().isAfter(clock.instant())) {
                    store.forget(invitation.id());
                } else if (!serving.containsKey(invitation.id())) {
                    serve(invitation);
                    out.println("invitation " + invitation.id() + ": waiting for the Helper (until "
                        + invitation.expiresAt() + ")");
                }
            }
        }
        return serving.size();
    }

    /** @return the SRP-6a session key of a session opened through one of this agent's invitations */
    public Optional<byte[]> sessionKey(String sessionId) {
        return Optional.ofNullable(sessionKeys.get(sessionId)).map(byte[]::clone);
    }

    /** @return whether the agent still answers Helpers for the invitation */
    public boolean serving(String invitationId) {
        SrpResponder responder = serving.get(invitationId);
        return responder != null && responder.isRunning();
    }

    private void finished(String id) {
        serving.remove(id);
        if (store != null) {
            store.forget(id);
        }
    }

    /** Stops answering and withdraws every invitation still open, with the reason {@value #CLOSED_REASON}. */
    @Override
    public void close() {
        for (Map.Entry<String, SrpResponder> entry : Map.copyOf(serving).entrySet()) {
            entry.getValue().stop();
            try {
                maker.revoke(entry.getKey(), actor, CLOSED_REASON);
                out.println("invitation " + entry.getKey() + ": withdrawn (" + CLOSED_REASON + ")");
            } catch (InvitationException e) {
                out.println("invitation " + entry.getKey() + ": could not be withdrawn: " + e.getMessage());
            }
            finished(entry.getKey());
        }
    }
}
