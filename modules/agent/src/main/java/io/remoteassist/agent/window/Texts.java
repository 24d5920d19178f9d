package io.remoteassist.agent.window;

/** The words the window shows for a session's state, and untrusted text made safe to show. */
final class Texts {

    static final String TITLE = "Remote Assistance";
    static final String WAITING = "Waiting for the Helper";
    static final String VIEWING = "Helper is viewing your screen";
    static final String CONTROL = "Helper is sharing control";
    static final String PAUSED = "Paused";
    static final String ENDED = "The session has ended";

    private Texts() {
    }

    /**
     * The status line for a state ({@code SessionState} name), whether the Helper's end is connected (the screen
     * reaches them only then) and whether the Helper's input reaches the desktop.
     */
    static String status(String state, boolean helperConnected, boolean controlShared) {
        return switch (state) {
            case "PAUSED" -> PAUSED;
            case "ENDED", "DECLINED", "REFUSED" -> ENDED;
            case "VIEW_ONLY", "CONTROL_REQUESTED", "CONTROL_SHARED" ->
                controlShared || "CONTROL_SHARED".equals(state) ? CONTROL : helperConnected ? VIEWING : WAITING;
            default -> WAITING;
        };
    }

    /** @return whether the User may pause in this state (the screen may flow) */
    static boolean mayPause(String state) {
        return "VIEW_ONLY".equals(state) || "CONTROL_REQUESTED".equals(state) || "CONTROL_SHARED".equals(state);
    }

    /** @return whether the session is over */
    static boolean over(String state) {
        return "ENDED".equals(state) || "DECLINED".equals(state) || "REFUSED".equals(state);
    }

    /** Control characters shown as '?': text from the other end never moves the transcript's lines. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
