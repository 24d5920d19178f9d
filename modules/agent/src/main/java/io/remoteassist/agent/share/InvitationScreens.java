package io.remoteassist.agent.share;

import io.remoteassist.agent.Credentials;
import io.remoteassist.capture.api.CaptureException;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headless agent's screen sharing for the sessions it accepted through an invitation handshake: once the User
 * allowed the connection, it shares the screen itself, the channel keyed from that session's SRP-6a key (no
 * server-signed ECDH: the server cannot place itself in the middle). Control requests are asked on the agent's
 * terminal like every other question, and the pipeline follows the session's answer. One thread per session.
 */
public final class InvitationScreens implements AutoCloseable {

    private final URI server;
    private final Credentials credentials;
    private final String display;
    private final String name;
    private final PrintStream out;
    private final Map<String, ShareSession> running = new ConcurrentHashMap<>();

    /**
     * @param display the X display to share ({@code --display}, else {@code $DISPLAY}); null or blank: none
     * @param name    the User's name, shown in chat
     */
    public InvitationScreens(URI server, Credentials credentials, String display, String name, PrintStream out) {
        this.server = server;
        this.credentials = credentials;
        this.display = display == null || display.isBlank() ? null : display;
        this.name = name;
        this.out = out;
    }

    /** @return why this agent cannot share its screen, if it cannot */
    public Optional<String> cannotShare() {
        return display == null
            ? Optional.of("no X display (give --display :N or set DISPLAY): the screen cannot be shared")
            : Optional.empty();
    }

    /**
     * Starts sharing the screen of an allowed session; says on the terminal when it cannot.
     *
     * @param sessionId the session the invitation handshake opened
     * @param srpKey    the handshake's session key
     */
    public void share(String sessionId, byte[] srpKey) {
        Optional<String> why = cannotShare();
        if (why.isPresent()) {
            out.println("session " + sessionId + ": " + why.get());
            return;
        }
        if (running.containsKey(sessionId)) {
            return;
        }
        ShareSession session = new ShareSession(new ShareOptions(server, sessionId, display, true, false, 20, false,
            name, null, false, srpKey, credentials), out, () -> false);
        session.answerControlThroughSession();
        try {
            session.start();
        } catch (ShareException | CaptureException e) {
            out.println("session " + sessionId + ": the screen cannot be shared: " + e.getMessage());
            session.close();
            return;
        }
        running.put(sessionId, session);
        Thread follow = new Thread(() -> {
            try {
                session.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.remove(sessionId);
                session.close();
                out.println("session " + sessionId + ": sharing stopped (" + session.figures() + ")");
            }
        }, "share-" + sessionId);
        follow.setDaemon(true);
        follow.start();
    }

    /** @return whether the screen of the session is being shared now */
    public boolean sharing(String sessionId) {
        return running.containsKey(sessionId);
    }

    /** Stops every share. */
    @Override
    public void close() {
        running.values().forEach(ShareSession::close);
    }
}
