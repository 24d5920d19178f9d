package io.remoteassist.server.relay;

/**
 * Bytes and frames of one relayed session so far (or in total once it ended), for {@code RecordBytesTransferred}
 * and for the session query. Bytes are wire bytes, frame headers included.
 *
 * @param sessionId          the session
 * @param userToHelperBytes  delivered from the User's agent to the Helper
 * @param helperToUserBytes  delivered from the Helper to the User's agent
 * @param userToHelperFrames frames delivered from the User to the Helper
 * @param helperToUserFrames frames delivered from the Helper to the User
 * @param droppedByPolicy    frames the session state did not let through (screen before consent, input without
 *                           control)
 * @param droppedByQueue     screen frames dropped or superseded under back-pressure
 * @param open               whether both ends may still be connected
 */
public record RelayTraffic(String sessionId, long userToHelperBytes, long helperToUserBytes, long userToHelperFrames,
                           long helperToUserFrames, long droppedByPolicy, long droppedByQueue, boolean open) {
}
