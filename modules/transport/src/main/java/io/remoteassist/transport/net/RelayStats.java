package io.remoteassist.transport.net;

/**
 * Counters of one relayed session. Bytes are wire bytes (header included) handed to the receiving peer.
 *
 * @param userToHelperBytes  bytes delivered from the User to the Helper
 * @param helperToUserBytes  bytes delivered from the Helper to the User
 * @param userToHelperFrames frames delivered from the User to the Helper
 * @param helperToUserFrames frames delivered from the Helper to the User
 * @param droppedFrames      droppable frames dropped for the byte budgets, both directions
 * @param replacedFrames     droppable frames superseded by newer ones with the same key, both directions
 */
public record RelayStats(long userToHelperBytes, long helperToUserBytes, long userToHelperFrames,
        long helperToUserFrames, long droppedFrames, long replacedFrames) {
}
