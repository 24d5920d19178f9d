package io.remoteassist.agent.share;

/**
 * Asks the User the session's consent questions somewhere other than the terminal (the User's window). Each method
 * blocks until the User answers; anything but an explicit yes is a no.
 */
public interface ShareQuestions {

    /**
     * @param helper  who wants to connect, as the server names them
     * @param warning Group Policy's warning before connecting, or null when there is none
     * @return whether the User allows the Helper to see the screen
     */
    boolean allowConnection(String helper, String warning);

    /**
     * @param helper  who asks for control
     * @param warning Group Policy's warning before sharing control, or null when there is none
     * @return whether the User shares control of the computer
     */
    boolean allowControl(String helper, String warning);
}
