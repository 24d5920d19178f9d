package io.remoteassist.transport.api;

import java.util.Optional;

/**
 * The one status table of the transport: every way a frame, a tunnel or a relayed session can end or fail.
 *
 * <p>Each status has a 16-bit wire code (carried by {@code BYE} frames and {@link TransportException}), the
 * most applicable WebSocket close code (RFC 6455, section 7.4) for the server to use when it closes a socket,
 * and a short meaning suitable for logs and audit events. Codes are grouped by their high byte:
 * {@code 0x00xx} normal endings, {@code 0x01xx} malformed input, {@code 0x02xx} authentication and
 * encryption, {@code 0x03xx} relay and flow control, {@code 0x05xx} internal failures.
 *
 * <p>Wire codes are stable: a code is never reused for another meaning.
 */
public enum TransportStatus {

    /** The session ended normally. */
    SUCCESS(0x0000, 1000, "session ended normally"),
    /** The other end left the session. */
    PEER_LEFT(0x0001, 1000, "the other end left the session"),
    /** The other end refused: consent denied or forbidden by policy. */
    REFUSED(0x0002, 1008, "refused by the other end or by policy"),
    /** The endpoint is going away (shutdown, tunnel closed locally). */
    GOING_AWAY(0x0003, 1001, "endpoint going away"),

    /** The frame's magic or version is not this protocol's. */
    UNSUPPORTED_VERSION(0x0100, 1002, "unsupported protocol magic or version"),
    /** The frame type is unknown. */
    UNKNOWN_TYPE(0x0101, 1003, "unknown frame type"),
    /** The frame header is malformed (reserved flags, encrypted flag where not allowed, short envelope). */
    MALFORMED_FRAME(0x0102, 1002, "malformed frame"),
    /** The frame's payload exceeds the cap for its type. */
    FRAME_TOO_LARGE(0x0103, 1009, "frame too large"),
    /** The payload does not decode as its type's record (truncated, trailing bytes, bad UTF-8, bad value). */
    BAD_PAYLOAD(0x0104, 1007, "payload does not decode"),

    /** The password or key proof did not verify. */
    AUTH_FAILED(0x0200, 1008, "authentication failed"),
    /** An encrypted frame failed authentication (tampered, wrong key, wrong direction). */
    DECRYPTION_FAILED(0x0201, 1008, "decryption failed"),
    /** An encrypted frame's sequence number is not greater than the last accepted (replayed or reordered). */
    REPLAYED_FRAME(0x0202, 1008, "replayed or reordered frame"),
    /** A reliable frame is missing: its lane's sequence numbers skipped a value. */
    SEQUENCE_GAP(0x0203, 1008, "reliable frame missing"),
    /** A frame that must be encrypted arrived in clear. */
    ENCRYPTION_REQUIRED(0x0204, 1008, "frame must be encrypted"),

    /** No relayed session has this id. */
    SESSION_NOT_FOUND(0x0300, 1008, "session not found"),
    /** The role is already taken in this relayed session. */
    ROLE_TAKEN(0x0301, 1008, "role already joined this session"),
    /** A peer did not read fast enough and its never-dropped queue overflowed. */
    QUEUE_OVERFLOW(0x0302, 1008, "outbound queue overflow"),
    /** The other end did not answer in time. */
    TIMEOUT(0x0303, 1001, "timed out"),

    /** An unexpected internal failure. */
    INTERNAL_ERROR(0x0500, 1011, "internal error");

    private final int code;
    private final int webSocketCode;
    private final String meaning;

    TransportStatus(int code, int webSocketCode, String meaning) {
        this.code = code;
        this.webSocketCode = webSocketCode;
        this.meaning = meaning;
    }

    /** @return the 16-bit wire code */
    public int code() {
        return code;
    }

    /** @return the WebSocket close code (RFC 6455) that best matches this status */
    public int webSocketCode() {
        return webSocketCode;
    }

    /** @return a short human-readable meaning, safe to log */
    public String meaning() {
        return meaning;
    }

    /** @return {@code true} if this status is a normal ending rather than a failure */
    public boolean isNormal() {
        return code < 0x0100 && this != REFUSED;
    }

    /**
     * Looks a wire code up.
     *
     * @param code a 16-bit wire code
     * @return the status, or empty if the code is unknown to this version
     */
    public static Optional<TransportStatus> fromCode(int code) {
        for (TransportStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
