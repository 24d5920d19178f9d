package io.remoteassist.agent.share;

import io.remoteassist.agent.Credentials;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code ra share} runs.
 *
 * @param server       the server's base URL ({@code http://host:port}; {@code https} gives {@code wss})
 * @param sessionId    the session the Helper opened and the User answers
 * @param display      the X display to share ({@code :0}); {@code null} means {@code $DISPLAY}
 * @param headless     no questions on the terminal: control requests are answered by {@code allowControl}
 * @param allowControl grant the Helper's control requests without asking (tests, kiosks); the session's own
 *                     CONTROL_SHARED state grants as well once the session module reports it
 * @param fps          most screen updates per second
 * @param lossy        allow JPEG for photo-like tiles
 * @param name         the User's display name, shown in chat
 * @param documents    the documents folder the session log goes to; null to follow no log
 * @param logTurnedOff the User asked for no log file (a policy that forces logging wins)
 * @param srpKey       for a solicited session opened by the invitation handshake, the SRP-6a session key the agent
 *                     and the Helper share: the channel is keyed from it (no server-signed ECDH); null otherwise
 * @param credentials  the User's sign-in (the session's user), sent to the API and on the relay's upgrade
 */
public record ShareOptions(URI server, String sessionId, String display, boolean headless, boolean allowControl,
                           int fps, boolean lossy, String name, Path documents, boolean logTurnedOff, byte[] srpKey,
                           Credentials credentials) {

    /** Options for a session keyed by server-signed ECDH (offers, the browser console). */
    public ShareOptions(URI server, String sessionId, String display, boolean headless, boolean allowControl,
                        int fps, boolean lossy, String name, Path documents, boolean logTurnedOff,
                        Credentials credentials) {
        this(server, sessionId, display, headless, allowControl, fps, lossy, name, documents, logTurnedOff, null,
            credentials);
    }

    /** Options without a session log. */
    public ShareOptions(URI server, String sessionId, String display, boolean headless, boolean allowControl,
                        int fps, boolean lossy, String name, Credentials credentials) {
        this(server, sessionId, display, headless, allowControl, fps, lossy, name, null, false, null, credentials);
    }

    /** Validates fields. */
    public ShareOptions {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(sessionId, "sessionId");
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be 1..60");
        }
        name = name == null || name.isBlank() ? "User" : name;
        credentials = credentials == null ? Credentials.NONE : credentials;
    }

    /** Options without a session log or sign-in. */
    public ShareOptions(URI server, String sessionId, String display, boolean headless, boolean allowControl,
                        int fps, boolean lossy, String name) {
        this(server, sessionId, display, headless, allowControl, fps, lossy, name, null, false, null,
            Credentials.NONE);
    }
}
