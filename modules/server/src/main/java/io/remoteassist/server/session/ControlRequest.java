package io.remoteassist.server.session;

/**
 * Body of the control endpoints: {@code helper} asking; the User's {@code allow} and
 * {@code allowElevationPrompts}; {@code reason} of a revoke ({@code user-escape} or {@code user-stop}).
 */
public record ControlRequest(String helper, Boolean allow, Boolean allowElevationPrompts, String reason, String user) {
}
