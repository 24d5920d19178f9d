package io.remoteassist.transport.protocol;

/** States of remote control announced by {@link ControlState}, with their one-byte wire ids. */
public enum ControlMode {

    /** Nobody controls; the Helper only views. */
    VIEW_ONLY(0),
    /** The Helper asks for control. */
    REQUESTED(1),
    /** The User granted control. */
    GRANTED(2),
    /** The User refused the request. */
    DENIED(3),
    /** The User (or policy) took control back. */
    REVOKED(4);

    private final int wireId;

    ControlMode(int wireId) {
        this.wireId = wireId;
    }

    /** @return the one-byte wire id */
    public int wireId() {
        return wireId;
    }

    /**
     * @param wireId a wire id
     * @return the mode, or {@code null} if unknown
     */
    public static ControlMode fromWireId(int wireId) {
        for (ControlMode mode : values()) {
            if (mode.wireId == wireId) {
                return mode;
            }
        }
        return null;
    }
}
