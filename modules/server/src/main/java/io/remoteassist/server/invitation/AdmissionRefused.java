package io.remoteassist.server.invitation;

/**
 * The relay must not carry this invitation handshake. {@code reason} is a short token the relay puts in the
 * WebSocket close reason ({@code EXPIRED}, {@code REVOKED}, {@code ALREADY_USED}, {@code LOCKED_OUT},
 * {@code NOT_FOUND}, {@code NOT_THE_AGENT}, …); the message says it in words for the log.
 */
public class AdmissionRefused extends Exception {

    private final String reason;

    public AdmissionRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
