package io.remoteassist.transport.api;

import java.util.Objects;

/**
 * A transport failure that carries its {@link TransportStatus}: the status says what went wrong and how the
 * tunnel should be closed (for example {@code status().webSocketCode()}).
 *
 * <p>Checked, like Guacamole's exceptions: a caller of a tunnel must decide how a failure ends the session.
 */
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final TransportStatus status;

    /**
     * @param status  what went wrong
     * @param message detail for logs; must not contain secrets or untrusted payload text
     */
    public TransportException(TransportStatus status, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * @param status  what went wrong
     * @param message detail for logs
     * @param cause   the underlying failure
     */
    public TransportException(TransportStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    /** @return the status to report and to close with */
    public TransportStatus status() {
        return status;
    }
}
