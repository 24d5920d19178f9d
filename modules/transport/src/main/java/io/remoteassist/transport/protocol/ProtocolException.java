package io.remoteassist.transport.protocol;

import io.remoteassist.transport.api.TransportException;
import io.remoteassist.transport.api.TransportStatus;

/**
 * Bytes that do not follow the wire protocol: bad magic or version, unknown type, malformed header, oversized
 * frame, undecodable payload, or an encrypted frame that fails to open. The status says which; the tunnel that
 * sees it closes with that status.
 */
public class ProtocolException extends TransportException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status  what is wrong with the bytes
     * @param message detail for logs; never includes payload contents
     */
    public ProtocolException(TransportStatus status, String message) {
        super(status, message);
    }

    /**
     * @param status  what is wrong with the bytes
     * @param message detail for logs
     * @param cause   the underlying failure
     */
    public ProtocolException(TransportStatus status, String message, Throwable cause) {
        super(status, message, cause);
    }
}
