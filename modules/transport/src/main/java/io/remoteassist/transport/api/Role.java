package io.remoteassist.transport.api;

/**
 * The two ends of an assistance session. The role also names a direction: keys, nonces and relay counters
 * are per sending role.
 */
public enum Role {

    /** The person being helped; their agent shares the screen. */
    USER(0x01),
    /** The expert; views and, with consent, controls. */
    HELPER(0x02);

    private final int wireId;

    Role(int wireId) {
        this.wireId = wireId;
    }

    /** @return the role's one-byte wire id */
    public int wireId() {
        return wireId;
    }

    /** @return the other end's role */
    public Role peer() {
        return this == USER ? HELPER : USER;
    }

    /**
     * @param wireId a one-byte wire id
     * @return the role
     * @throws IllegalArgumentException if the id is unknown
     */
    public static Role fromWireId(int wireId) {
        for (Role role : values()) {
            if (role.wireId == wireId) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role id " + wireId);
    }
}
