package io.remoteassist.session.api;

/** How a session began: the User invited (solicited) or a Helper offered (unsolicited). */
public enum SessionMode {
    SOLICITED, OFFERED
}
