package io.remoteassist.policy.api;

/** The two ways a Remote Assistance session starts. */
public enum AssistanceMode {
    /** The User asked for help with an invitation. */
    SOLICITED,
    /** A Helper offered help without an invitation. */
    OFFER
}
