package io.remoteassist.session.api;

/**
 * The states of an assistance session, and what each lets through. The screen flows only in the
 * connected states the User has not paused; input flows only while control is shared.
 *
 * <pre>
 * AWAITING_CONSENT --allow--> VIEW_ONLY --request control--> CONTROL_REQUESTED --allow--> CONTROL_SHARED
 *        |                     ^   ^                               |                       |
 *      decline                 |   +------------decline------------+                       |
 *        v                     +------------------ Esc / Stop sharing ---------------------+
 *     DECLINED         VIEW_ONLY, CONTROL_REQUESTED, CONTROL_SHARED --pause--> PAUSED --resume--> (back)
 * any state not final --end / grace period over--> ENDED;  a second Helper for a busy User --> REFUSED
 * </pre>
 */
public enum SessionState {
    /** The Helper is in; the User has not yet said whether to allow the connection. Nothing flows. */
    AWAITING_CONSENT,
    /** The User allowed the connection: the Helper sees the screen, no control. */
    VIEW_ONLY,
    /** The Helper asked for control; the User has not answered. The Helper still only sees. */
    CONTROL_REQUESTED,
    /** The User shares control: the Helper sees the screen and sends input. */
    CONTROL_SHARED,
    /** The User paused the session: no frames, no input, until the User resumes. */
    PAUSED,
    /** The User refused the connection. Final. */
    DECLINED,
    /** Either side, the system or a lost connection ended the session. Final. */
    ENDED,
    /** The User was already being helped in another session, so this one never started. Final. */
    REFUSED;

    /** Whether the session accepts no further transition. */
    public boolean isFinal() {
        return this == DECLINED || this == ENDED || this == REFUSED;
    }

    /** Whether screen frames may flow from the User to the Helper. */
    public boolean screenMayFlow() {
        return this == VIEW_ONLY || this == CONTROL_REQUESTED || this == CONTROL_SHARED;
    }

    /** Whether the Helper's keyboard and mouse input may reach the User's computer. */
    public boolean inputMayFlow() {
        return this == CONTROL_SHARED;
    }

    /** Whether the User allowed the connection and the session is not over (paused counts as connected). */
    public boolean isConnected() {
        return screenMayFlow() || this == PAUSED;
    }
}
