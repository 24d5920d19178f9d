package io.remoteassist.agent.window;

import io.remoteassist.agent.share.ShareEvents;
import io.remoteassist.agent.share.ShareQuestions;
import io.remoteassist.capture.api.BandwidthLevel;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the User's window shows and does: the state and actions of one shared session
 * ({@link io.remoteassist.agent.share.ShareSession} through {@link LiveSharing}). The actions talk to the server and
 * may block; they throw {@link io.remoteassist.agent.share.ShareException} with a sentence for the User.
 */
public interface Sharing {

    /** @return the session's state, a {@code SessionState} name */
    String state();

    /** @return whether the Helper's input reaches the desktop now */
    boolean controlShared();

    /** @return whether the Helper's end is connected (chat reaches them only then) */
    boolean helperConnected();

    /** @return the code both ends show once the Helper is connected */
    Optional<String> confirmation();

    /** @return the User's name, as chat lines carry it */
    String name();

    void listen(ShareEvents events);

    void ask(ShareQuestions questions);

    void ignoreEscapeWhile(BooleanSupplier ignored);

    void pause();

    void resume();

    /** Ends the session (Stop sharing). */
    void stop();

    /** Sends a chat line to the Helper. */
    void chat(String text);

    BandwidthLevel bandwidth();

    boolean bandwidthByPolicy();

    void chooseBandwidth(BandwidthLevel level);

    boolean sessionLogAvailable();

    boolean sessionLogOn();

    boolean logForcedByPolicy();

    void sessionLog(boolean on);
}
