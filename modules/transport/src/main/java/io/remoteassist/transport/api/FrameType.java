package io.remoteassist.transport.api;

/**
 * The message types of the wire protocol, with the rules the transport applies to each.
 *
 * <ul>
 *   <li>{@link #code()}: the one-byte type on the wire (see {@code io.remoteassist.transport.protocol.FrameCodec}).
 *   <li>{@link #maxPayload()}: the largest plaintext payload, in bytes, a frame of this type may carry.
 *   <li>{@link #droppable()}: screen state that a newer frame supersedes; relays may drop or replace it under
 *       back-pressure. Everything else is reliable: never dropped, delivered in order, ahead of droppable frames.
 *   <li>{@link #confidential()}: session content that must travel encrypted once the handshake has keyed
 *       the session. Handshake, liveness and goodbye frames may travel in clear so that a relay can speak them.
 *   <li>{@link #encryptable()}: whether the encrypted flag is allowed at all (never on handshake frames).
 * </ul>
 */
public enum FrameType {

    /** Opening message of each end: role, name, capabilities. */
    HELLO(0x01, 4 * 1024, false, false),
    /** One step of a key agreement (SRP-6a or ECDH). */
    AUTH(0x02, 4 * 1024, false, false),
    /** A rectangle of the shared screen. */
    SCREEN_TILE(0x10, 4 * 1024 * 1024, true, true),
    /** Pointer position and optional shape. */
    CURSOR(0x11, 256 * 1024, true, true),
    /** A mouse or keyboard event from the Helper. */
    INPUT(0x20, 64, false, true),
    /** A chat line. */
    CHAT(0x30, 16 * 1024, false, true),
    /** Control granted, revoked, requested or refused. */
    CONTROL_STATE(0x31, 64, false, true),
    /** Screen sharing paused or resumed by the User. */
    PAUSE(0x32, 16, false, true),
    /** Liveness probe. */
    PING(0x40, 16, false, false),
    /** Answer to a {@link #PING}. */
    PONG(0x41, 16, false, false),
    /** The sender is leaving, with a status. */
    BYE(0x7F, 64, false, false);

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final int maxPayload;
    private final boolean droppable;
    private final boolean confidential;

    FrameType(int code, int maxPayload, boolean droppable, boolean confidential) {
        this.code = code;
        this.maxPayload = maxPayload;
        this.droppable = droppable;
        this.confidential = confidential;
    }

    /** @return the one-byte wire code */
    public int code() {
        return code;
    }

    /** @return the largest plaintext payload in bytes */
    public int maxPayload() {
        return maxPayload;
    }

    /** @return {@code true} if a newer frame supersedes this one and relays may drop it */
    public boolean droppable() {
        return droppable;
    }

    /** @return {@code true} if the frame must be encrypted once the session is keyed */
    public boolean confidential() {
        return confidential;
    }

    /** @return {@code true} if the encrypted flag is allowed on this type */
    public boolean encryptable() {
        return this != HELLO && this != AUTH;
    }

    /**
     * @param code a wire code, 0..255
     * @return the type, or {@code null} if the code is unknown (the parser turns that into a status)
     */
    public static FrameType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
