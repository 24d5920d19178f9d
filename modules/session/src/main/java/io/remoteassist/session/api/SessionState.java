package io.remoteassist.session.api;

/** The states of an assistance session. */
public enum SessionState {
    /** The Helper is in; the User has not yet said whether to allow the connection. Nothing flows. */
    AWAITING_CONSENT,
    /** The User allowed the connection: the Helper sees the screen, no control. */
    VIEW_ONLY,
    /** The User refused the connection. Final. */
    DECLINED,
    /** Either side ended the session. Final. */
    ENDED;

    public boolean isFinal() {
        return this == DECLINED || this == ENDED;
    }
}
