package io.remoteassist.agent.share;

import io.remoteassist.agent.policy.AppliedPolicy;

/**
 * What a view of a {@link ShareSession} (the User's window) is told as the session goes. Every method is called on
 * one of the session's threads, never on a UI thread; each does nothing by default.
 */
public interface ShareEvents {

    /** Tells nothing to no one. */
    ShareEvents NONE = new ShareEvents() {
    };

    /** The Helper's end keyed the channel; both ends show {@code confirmation}, a six-digit code. */
    default void helperConnected(String confirmation) {
    }

    /** The session's state changed (a {@code SessionState} name such as {@code VIEW_ONLY} or {@code PAUSED}). */
    default void stateChanged(String state) {
    }

    /** The Helper's input now reaches the desktop ({@code true}), or no longer does. */
    default void controlChanged(boolean shared) {
    }

    /** A chat line arrived from the Helper; the text is untrusted. */
    default void chatReceived(String sender, String text) {
    }

    /** Group Policy was applied to this computer (bandwidth, session logging). */
    default void policyApplied(AppliedPolicy policy) {
    }

    /** The session is over; {@code why} says how. */
    default void ended(String why) {
    }
}
