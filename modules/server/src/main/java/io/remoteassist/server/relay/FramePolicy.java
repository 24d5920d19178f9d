package io.remoteassist.server.relay;

import io.remoteassist.transport.api.FrameType;
import io.remoteassist.transport.api.Role;

import java.util.Set;

/**
 * What the relay does with one frame, given who sent it and where the session stands. The relay reads only the
 * frame header (type); payloads stay opaque.
 *
 * <table>
 *   <caption>rules</caption>
 *   <tr><th>frames</th><th>from</th><th>flow when the session state is</th></tr>
 *   <tr><td>HELLO, AUTH, PING, PONG, BYE</td><td>either</td><td>any state that is not final</td></tr>
 *   <tr><td>SCREEN_TILE, CURSOR</td><td>USER only</td><td>VIEW_ONLY, CONTROL_REQUESTED, CONTROL_SHARED</td></tr>
 *   <tr><td>INPUT</td><td>HELPER only</td><td>CONTROL_SHARED (or any viewing state with the {@code agent}
 *       input gate, where the User's agent is the only gate)</td></tr>
 *   <tr><td>CHAT, CONTROL_STATE</td><td>either</td><td>the viewing states and PAUSED</td></tr>
 *   <tr><td>PAUSE</td><td>USER only</td><td>the viewing states and PAUSED</td></tr>
 * </table>
 * A state this class does not know lets nothing but the handshake through. A frame of a type the sender's role may
 * never send closes the connection ({@link Verdict#REFUSE}).
 */
public final class FramePolicy {

    /** The decision for one frame. */
    public enum Verdict {
        /** Hand it to the other end. */
        FORWARD,
        /** Not now: drop it and count it. */
        DROP,
        /** Never from this role: close the connection. */
        REFUSE
    }

    /** Who gates the Helper's input. */
    public enum InputGate {
        /** The session state must be CONTROL_SHARED, and the agent's own gate must be open. */
        SESSION,
        /** Only the agent's gate: for deployments whose session directory does not track control yet. */
        AGENT
    }

    static final Set<String> VIEWING = Set.of("VIEW_ONLY", "CONTROL_REQUESTED", "CONTROL_SHARED");
    static final Set<String> CONNECTED = Set.of("VIEW_ONLY", "CONTROL_REQUESTED", "CONTROL_SHARED", "PAUSED");
    static final Set<String> FINAL = Set.of("DECLINED", "ENDED", "REFUSED");

    private final InputGate inputGate;

    public FramePolicy(InputGate inputGate) {
        this.inputGate = inputGate;
    }

    /**
     * @param from  the sender's role
     * @param type  the frame type from the header
     * @param state the session's state name, as {@code SessionDirectory} reports it
     * @return what to do with the frame
     */
    public Verdict decide(Role from, FrameType type, String state) {
        if (FINAL.contains(state)) {
            return Verdict.DROP;
        }
        return switch (type) {
            case HELLO, AUTH, PING, PONG, BYE -> Verdict.FORWARD;
            case SCREEN_TILE, CURSOR -> from != Role.USER ? Verdict.REFUSE : when(VIEWING.contains(state));
            case INPUT -> from != Role.HELPER ? Verdict.REFUSE : when(inputMayFlow(state));
            case PAUSE -> from != Role.USER ? Verdict.REFUSE : when(CONNECTED.contains(state));
            case CHAT, CONTROL_STATE -> when(CONNECTED.contains(state));
        };
    }

    /** @return {@code true} if a session in this state has ended for good */
    public static boolean isFinal(String state) {
        return FINAL.contains(state);
    }

    private boolean inputMayFlow(String state) {
        return inputGate == InputGate.AGENT ? VIEWING.contains(state) : "CONTROL_SHARED".equals(state);
    }

    private static Verdict when(boolean allowed) {
        return allowed ? Verdict.FORWARD : Verdict.DROP;
    }
}
